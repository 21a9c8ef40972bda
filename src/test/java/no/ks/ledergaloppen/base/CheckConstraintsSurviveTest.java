package no.ks.ledergaloppen.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the embedded H2 file database, the connection that ran the migrations is closed after a while (the
 * pool retires it) while the database stays open. New rows must still be accepted, and bad ones refused.
 */
@org.junit.jupiter.api.Tag("own-h2")
class CheckConstraintsSurviveTest {

    @TempDir
    Path folder;

    @Test
    void rows_are_still_checked_and_accepted_after_the_migrating_connection_is_closed() throws SQLException {
        String url = "jdbc:h2:file:" + folder.resolve("db") + ";AUTO_SERVER=FALSE";
        try (Connection keepsTheDatabaseOpen = DriverManager.getConnection(url, "sa", "")) {
            Flyway.configure().dataSource(url, "sa", "")
                    .locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();

            try (Connection later = DriverManager.getConnection(url, "sa", ""); Statement sql = later.createStatement()) {
                sql.execute("insert into app_user (username, display_name, email, password_hash, role, enabled,"
                        + " must_change_password, preferred_language, created_at) values ('nina', 'Nina', 'n@x.no',"
                        + " 'x', 'PARTICIPANT', true, false, 'nb', current_timestamp)");
                sql.execute("insert into cohort (name, region, start_date, end_date, status, archived)"
                        + " values ('Kull', 'Region', date '2027-01-01', date '2027-12-31', 'RUNNING', false)");
                sql.execute("insert into municipality (name, county, written_standard) values ('Time kommune',"
                        + " 'Rogaland', 'NYNORSK')");
                sql.execute("insert into innovation_case (cohort_id, municipality_id, title, visibility, phase,"
                        + " phase_since, created_at, updated_at, archived) select c.id, m.id, 'Sak', 'PRIVATE',"
                        + " 'INSIGHT', current_timestamp, current_timestamp, current_timestamp, false"
                        + " from cohort c, municipality m");
                assertThat(count(sql, "select count(*) from innovation_case")).isEqualTo(1);

                assertThatThrownBy(() -> sql.execute("update innovation_case set phase = 'NOWHERE'"))
                        .hasMessageContaining("CK_INNOVATION_CASE_PHASE");
                assertThatThrownBy(() -> sql.execute("update app_user set role = 'KING'"))
                        .hasMessageContaining("CK_APP_USER_ROLE");
            }
            assertThat(keepsTheDatabaseOpen.isClosed()).isFalse();
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
