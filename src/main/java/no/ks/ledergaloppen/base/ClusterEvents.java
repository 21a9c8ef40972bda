package no.ks.ledergaloppen.base;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every node of the app about something that happened on one of them (a user's sessions must end), once
 * the transaction that made it commits. On this node the subscribers hear it in-process. On PostgreSQL the
 * other nodes hear it through {@code NOTIFY}, which PostgreSQL delivers on commit and drops on rollback
 * ({@link PostgresListener} listens on a connection of its own). On H2 there is only ever one node.
 * A notice sent while a node is cut off from the database does not reach it: use this for what also ends by
 * itself (sessions time out), not as a queue.
 */
@Component
public class ClusterEvents implements DisposableBean {

    static final String CHANNEL = "ledergaloppen_events";
    private static final String SEPARATOR = "\u001f";
    private static final Logger LOG = LoggerFactory.getLogger(ClusterEvents.class);

    private final NodeName node;
    private final JdbcTemplate jdbc;
    private final Map<String, List<Consumer<String>>> subscribers = new ConcurrentHashMap<>();
    private final PostgresListener listener;

    @Autowired
    ClusterEvents(NodeName node, JdbcTemplate jdbc, Environment env) {
        this(node, jdbc, env.getProperty("spring.datasource.url", ""),
                env.getProperty("spring.datasource.username", ""), env.getProperty("spring.datasource.password", ""));
    }

    /** Listens for the other nodes when {@code url} is a PostgreSQL one. */
    public ClusterEvents(NodeName node, JdbcTemplate jdbc, String url, String user, String password) {
        this.node = node;
        this.jdbc = jdbc;
        this.listener = url.startsWith("jdbc:postgresql:")
                ? new PostgresListener(url, user, password, CHANNEL, this::received).start()
                : null;
    }

    /** Calls {@code handler} with the payload of every event on {@code topic}, from this node or another. */
    public void subscribe(String topic, Consumer<String> handler) {
        subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(handler);
    }

    /** Tells every node, this one included, when the running transaction commits (at once without one). */
    public void publish(String topic, String payload) {
        if (listener != null) {
            jdbc.query("select pg_notify(?, ?)", rs -> null, CHANNEL, node.name() + SEPARATOR + topic + SEPARATOR + payload);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(topic, payload);
                }
            });
        } else {
            deliver(topic, payload);
        }
    }

    /** True once the other nodes' events reach this one (always on a database without them). */
    public boolean listening() {
        return listener == null || listener.listening();
    }

    private void received(String message) {
        String[] parts = message.split(SEPARATOR, 3);
        if (parts.length == 3 && !parts[0].equals(node.name())) {
            deliver(parts[1], parts[2]);
        }
    }

    private void deliver(String topic, String payload) {
        for (Consumer<String> handler : subscribers.getOrDefault(topic, List.of())) {
            try {
                handler.accept(payload);
            } catch (RuntimeException e) {
                LOG.warn("Handling {} {} failed", topic, payload, e);
            }
        }
    }

    @Override
    public void destroy() {
        if (listener != null) {
            listener.stop();
        }
    }
}
