package no.ks.ledergaloppen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import no.ks.ledergaloppen.base.ClusterEvents;
import no.ks.ledergaloppen.base.NodeName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ending a user's sessions reaches every node: on H2 (one node) in-process once the change commits. The same
 * with two nodes on PostgreSQL is {@link SessionsAcrossNodesPostgresTest}.
 */
class SessionsAcrossNodesTest {

    static final AppUserPrincipal PER = new AppUserPrincipal(42, "per", "Per", "", Role.PARTICIPANT, Language.NB, true);
    static final AppUserPrincipal OLA = new AppUserPrincipal(43, "ola", "Ola", "", Role.PARTICIPANT, Language.NB, true);

    private final DataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:sessions-across-nodes;DB_CLOSE_DELAY=-1", "sa", "");
    private final ClusterEvents events = new ClusterEvents(NodeName.of("node-1"), new JdbcTemplate(h2), "jdbc:h2:mem:x", "sa", "");

    @AfterEach
    void stop() {
        events.destroy();
    }

    static SessionRegistry registryWithSessions() {
        SessionRegistry registry = new SessionRegistryImpl();
        registry.registerNewSession("per-laptop", PER);
        registry.registerNewSession("ola-laptop", OLA);
        return registry;
    }

    static boolean expired(SessionRegistry registry, String sessionId) {
        return registry.getSessionInformation(sessionId).isExpired();
    }

    static boolean within(long seconds, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    @Test
    void on_a_single_node_a_users_sessions_end_at_once_and_other_users_keep_theirs() {
        SessionRegistry registry = registryWithSessions();
        UserSessions sessions = new UserSessions(registry, events);

        sessions.endAllOf(PER.id());

        assertThat(expired(registry, "per-laptop")).isTrue();
        assertThat(expired(registry, "ola-laptop")).isFalse();
    }

    @Test
    void an_event_reaches_this_nodes_subscribers_only_when_the_transaction_commits_and_never_after_a_rollback() {
        StringBuilder heard = new StringBuilder();
        events.subscribe("test-topic", heard::append);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(h2));

        tx.executeWithoutResult(status -> {
            events.publish("test-topic", "committed");
            assertThat(heard).as("before the commit").isEmpty();
        });
        tx.executeWithoutResult(status -> {
            events.publish("test-topic", "rolled-back");
            status.setRollbackOnly();
        });

        assertThat(heard).hasToString("committed");
        assertThat(events.listening()).as("nothing to listen to on H2").isTrue();
    }
}
