package no.ks.ledergaloppen.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import org.springframework.jdbc.datasource.DataSourceUtils;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.audit.domain.AuditEventRepository;
import no.ks.ledergaloppen.audit.domain.AuditTrailRepository;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import no.ks.ledergaloppen.innovationcase.domain.CaseAuditRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.CrudRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/** Nothing in the code, and nothing in the database, changes or removes an audit row. */
@ServiceTest
class AppendOnlyTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired CohortFixture fixture;

    @Test
    void the_audit_repositories_offer_no_way_to_change_or_remove_a_row() {
        for (Class<?> repository : List.of(AuditEventRepository.class, CaseAuditRepository.class,
                AuditTrailRepository.class)) {
            assertThat(CrudRepository.class.isAssignableFrom(repository)).as(repository.getSimpleName()).isFalse();
            assertThat(Arrays.stream(repository.getMethods()).map(Method::getName))
                    .as(repository.getSimpleName())
                    .noneMatch(name -> name.startsWith("delete") || name.startsWith("remove")
                            || name.startsWith("update") || name.startsWith("saveAll") || name.startsWith("flush"));
        }
    }

    /** Runs one statement in a savepoint of its own and rolls back to it if the statement fails. */
    private void inSavepoint(String sql, long id) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(jdbc.getDataSource());
        Savepoint savepoint = connection.setSavepoint();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        } catch (SQLException refused) {
            connection.rollback(savepoint);
            throw refused;
        }
    }

    @Test
    void the_database_refuses_to_change_or_remove_an_audit_row_and_the_row_stays_as_it_was() {
        jdbc.update("insert into audit_event (happened_at, user_id, username, kind, subject, detail) values (?, ?, ?, ?, ?, ?)",
                Timestamp.from(Instant.now()), 1L, "admin", "USER_DISABLED", "user:99", "append-only test");
        long caseId = fixture.cohort("ao", 1, List.of()).caseIds().getFirst();
        Map<String, String> rows = Map.of(
                "audit_event", "select max(id) from audit_event where detail = 'append-only test'",
                "case_audit", "select max(id) from case_audit where case_id = " + caseId);
        rows.forEach((table, find) -> {
            long id = jdbc.queryForObject(find, Long.class);
            String detail = jdbc.queryForObject("select detail from " + table + " where id = ?", String.class, id);

            // each refusal in a savepoint of its own: PostgreSQL aborts the whole transaction on an error
            assertThatThrownBy(() -> inSavepoint("update " + table + " set detail = 'rewritten' where id = ?", id))
                    .as(table).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> inSavepoint("delete from " + table + " where id = ?", id))
                    .as(table).isInstanceOf(SQLException.class).hasMessageContaining("append-only");

            assertThat(jdbc.queryForObject("select detail from " + table + " where id = ?", String.class, id))
                    .isEqualTo(detail);
        });
    }
}
