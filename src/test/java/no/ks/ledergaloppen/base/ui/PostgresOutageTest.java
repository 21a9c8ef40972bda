package no.ks.ledergaloppen.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vaadin.flow.component.html.H1;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.innovationcase.ui.CasesView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The real outage on PostgreSQL: the test stops the cluster and starts it again with {@code pg_ctl}, given as
 * {@code ledergaloppen.test.pg-ctl} (the command, e.g. {@code runuser -u postgres -- .../pg_ctl}) and
 * {@code ledergaloppen.test.pg-data} (the cluster's folder); {@code .ci/run} passes both. Outside a transaction,
 * so that the pages reach the pool as they do in production.
 */
class PostgresOutageTest extends KaribuTest {

    private static final String PG_CTL = System.getProperty("ledergaloppen.test.pg-ctl", "");
    private static final String PG_DATA = System.getProperty("ledergaloppen.test.pg-data", "");

    @Autowired
    DataSource dataSource;

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void with_postgresql_stopped_a_page_says_unavailable_within_five_seconds_and_works_again_once_it_is_back()
            throws Exception {
        assumeTrue(onPostgres() && !PG_CTL.isBlank() && !PG_DATA.isBlank(), "PostgreSQL with pg_ctl at hand");
        login("ola");
        navigate("cases");

        pgCtl("stop", "-m", "fast");
        Duration waited;
        try {
            long start = System.nanoTime();
            reload();
            waited = Duration.ofNanos(System.nanoTime() - start);
            assertThat(_get(H1.class, spec -> spec.withId("unavailable-title")).getText())
                    .isEqualTo("Tjenesten er midlertidig utilgjengelig");
        } finally {
            pgCtl("start", "-l", Path.of(PG_DATA, "restart.log").toString());
        }
        assertThat(waited).isLessThan(Duration.ofSeconds(5));

        reload();
        _assertOne(CasesView.class);
    }

    private boolean onPostgres() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    private static void pgCtl(String action, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PG_CTL.trim().split("\\s+")));
        command.addAll(List.of("-D", PG_DATA, "-w", "-t", "60", action));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("pg_ctl %s finished", action).isTrue();
        assertThat(process.exitValue()).as("pg_ctl %s: %s", action, output).isZero();
    }
}
