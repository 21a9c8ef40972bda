package no.ks.ledergaloppen.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.ks.ledergaloppen.base.AuditKind;
import no.ks.ledergaloppen.cohort.CohortDraft;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.cohort.CohortStatus;
import no.ks.ledergaloppen.cohort.MunicipalityDraft;
import no.ks.ledergaloppen.cohort.MunicipalityService;
import no.ks.ledergaloppen.cohort.WrittenStandard;
import no.ks.ledergaloppen.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The audit trail on a real PostgreSQL (migrated by the same Flyway scripts, plus db/vendor/postgresql): its
 * trigger refuses UPDATE, DELETE and TRUNCATE on both audit tables, and the trail reads on it. Runs only when
 * {@code -Dledergaloppen.test.postgres.url=jdbc:postgresql://localhost:PORT/DB} is given (user
 * {@code ledergaloppen.test.postgres.user}, default postgres; password {@code ledergaloppen.test.postgres.password}).
 * Audit rows can never be removed, so every run writes rows of its own, told apart by a fresh tag.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=${ledergaloppen.test.postgres.url}",
        "spring.datasource.username=${ledergaloppen.test.postgres.user:postgres}",
        "spring.datasource.password=${ledergaloppen.test.postgres.password:}"})
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "ledergaloppen.test.postgres.url", matches = ".+")
class AuditPostgresTest {

    @Autowired AuditService audit;
    @Autowired SystemAuthentication system;
    @Autowired CohortService cohorts;
    @Autowired MunicipalityService municipalities;
    @Autowired JdbcTemplate jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void postgresql_refuses_to_update_delete_or_truncate_audit_rows_and_they_stay_as_they_were() {
        system.runAsSystem(() -> audit.record(AuditKind.USER_DISABLED, "pg:" + tag, "postgres test"));
        long eventId = jdbc.queryForObject("select id from audit_event where subject = ?", Long.class, "pg:" + tag);
        long caseAuditId = jdbc.queryForObject("select max(id) from case_audit where case_id = ?", Long.class, newCase());

        for (var row : List.of(new Object[] {"audit_event", eventId}, new Object[] {"case_audit", caseAuditId})) {
            String table = (String) row[0];
            long id = (long) row[1];
            String detail = jdbc.queryForObject("select detail from " + table + " where id = ?", String.class, id);
            assertThatThrownBy(() -> jdbc.update("update " + table + " set detail = 'rewritten' where id = ?", id))
                    .as(table).isInstanceOf(DataAccessException.class).rootCause()
                    .hasMessageContaining("append-only: UPDATE on " + table);
            assertThatThrownBy(() -> jdbc.update("delete from " + table + " where id = ?", id))
                    .as(table).isInstanceOf(DataAccessException.class).rootCause()
                    .hasMessageContaining("append-only: DELETE on " + table);
            assertThatThrownBy(() -> jdbc.execute("truncate table " + table + " cascade"))
                    .as(table).isInstanceOf(DataAccessException.class).rootCause()
                    .hasMessageContaining("append-only: TRUNCATE on " + table);
            assertThat(jdbc.queryForObject("select detail from " + table + " where id = ?", String.class, id))
                    .isEqualTo(detail);
        }
    }

    @Test
    void the_trail_reads_events_and_case_rows_together_filtered_by_kind_and_day_on_postgresql() {
        long caseId = newCase();
        system.runAsSystem(() -> audit.record(AuditKind.USER_DISABLED, "pg:" + tag, "postgres test"));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));

        List<AuditEntry> events = system.runAsSystem(() -> audit.page(new AuditFilter(AuditEntry.SYSTEM_USER_ID,
                AuditKind.USER_DISABLED, today.minusDays(1), today.plusDays(1)), PageRequest.of(0, 50)).getContent());
        assertThat(events).anySatisfy(e -> assertThat(e.subject()).isEqualTo("pg:" + tag));
        List<AuditEntry> caseRows = system.runAsSystem(() -> audit.page(new AuditFilter(null, AuditKind.CASE_CHANGED,
                null, null), PageRequest.of(0, 50)).getContent());
        assertThat(caseRows).anySatisfy(e -> assertThat(e.subject()).isEqualTo("case:" + caseId));
    }

    /** A cohort with one municipality, whose enrolment opens a case and its first audit row. */
    private long newCase() {
        return system.runAsSystem(() -> {
            long cohort = cohorts.create(new CohortDraft("PG " + tag, "Test", LocalDate.of(2031, 1, 1),
                    LocalDate.of(2031, 12, 1), CohortStatus.PLANNED)).id();
            long municipality = municipalities.create(new MunicipalityDraft("PG-kommune " + tag, "Test",
                    WrittenStandard.BOKMAL)).id();
            cohorts.enrol(cohort, municipality);
            return jdbc.queryForObject("select id from innovation_case where cohort_id = ?", Long.class, cohort);
        });
    }
}
