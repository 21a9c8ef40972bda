package no.ks.ledergaloppen.security;

import static no.ks.ledergaloppen.security.SessionsAcrossNodesTest.expired;
import static no.ks.ledergaloppen.security.SessionsAcrossNodesTest.registryWithSessions;
import static no.ks.ledergaloppen.security.SessionsAcrossNodesTest.within;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import no.ks.ledergaloppen.base.ClusterEvents;
import no.ks.ledergaloppen.base.NodeName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes on one real PostgreSQL: ending a user's sessions on node 1 ends those node 2 holds, through
 * LISTEN/NOTIFY. Runs only in the {@code -Ppostgres} run ({@code ledergaloppen.test.postgres.url}).
 */
@EnabledIfSystemProperty(named = "ledergaloppen.test.postgres.url", matches = ".+")
class SessionsAcrossNodesPostgresTest {

    private final String url = System.getProperty("ledergaloppen.test.postgres.url");
    private final String user = System.getProperty("ledergaloppen.test.postgres.user", "postgres");
    private final String password = System.getProperty("ledergaloppen.test.postgres.password", "");
    private final DriverManagerDataSource postgres = new DriverManagerDataSource(url, user, password);
    private final String topic = "test-" + UUID.randomUUID();
    private ClusterEvents node1;
    private ClusterEvents node2;

    @BeforeEach
    void twoNodes() throws InterruptedException {
        node1 = new ClusterEvents(NodeName.of("node-1"), new JdbcTemplate(postgres), url, user, password);
        node2 = new ClusterEvents(NodeName.of("node-2"), new JdbcTemplate(postgres), url, user, password);
        assertThat(within(20, () -> node1.listening() && node2.listening())).as("both nodes listening").isTrue();
    }

    @AfterEach
    void stop() {
        node1.destroy();
        node2.destroy();
    }

    @Test
    void ending_a_users_sessions_on_one_node_ends_those_the_other_node_holds() throws InterruptedException {
        SessionRegistry onNode1 = registryWithSessions();
        SessionRegistry onNode2 = registryWithSessions();
        UserSessions sessions1 = new UserSessions(onNode1, node1);
        new UserSessions(onNode2, node2);

        sessions1.endAllOf(SessionsAcrossNodesTest.PER.id());

        assertThat(expired(onNode1, "per-laptop")).isTrue();
        assertThat(within(10, () -> expired(onNode2, "per-laptop"))).as("Per's session on node 2").isTrue();
        assertThat(expired(onNode2, "ola-laptop")).isFalse();
    }

    @Test
    void an_event_reaches_the_other_node_once_on_commit_and_this_node_only_in_process() throws InterruptedException {
        List<String> heard1 = new CopyOnWriteArrayList<>();
        List<String> heard2 = new CopyOnWriteArrayList<>();
        node1.subscribe(topic, heard1::add);
        node2.subscribe(topic, heard2::add);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(postgres));

        tx.executeWithoutResult(status -> {
            node1.publish(topic, "rolled-back");
            status.setRollbackOnly();
        });
        tx.executeWithoutResult(status -> node1.publish(topic, "committed"));

        assertThat(within(10, () -> heard2.contains("committed"))).isTrue();
        Thread.sleep(500);
        assertThat(heard2).containsExactly("committed");
        assertThat(heard1).as("node 1 hears its own event in-process, not again from PostgreSQL").containsExactly("committed");
    }
}
