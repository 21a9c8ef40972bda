package no.ks.ledergaloppen.base;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A thread that {@code LISTEN}s on one PostgreSQL channel over a connection of its own (not one of the pool's,
 * which it would hold for ever) and hands each notification's payload on. When the database goes away it
 * tries again every few seconds; what was sent meanwhile is lost.
 */
final class PostgresListener {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresListener.class);
    private static final int WAIT_MS = 5_000;

    private final String url;
    private final String user;
    private final String password;
    private final String channel;
    private final Consumer<String> receiver;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean listening;
    private volatile Connection connection;

    PostgresListener(String url, String user, String password, String channel, Consumer<String> receiver) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.channel = channel;
        this.receiver = receiver;
        this.thread = Thread.ofPlatform().daemon().name("cluster-events").unstarted(this::run);
    }

    PostgresListener start() {
        thread.start();
        return this;
    }

    boolean listening() {
        return listening;
    }

    void stop() {
        running = false;
        thread.interrupt();
        closeQuietly();
    }

    private void run() {
        boolean warned = false;
        while (running) {
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("listen " + channel);
                }
                listening = true;
                if (warned) {
                    LOG.info("Listening to the other nodes again");
                    warned = false;
                }
                receive(c.unwrap(PGConnection.class));
            } catch (SQLException e) {
                listening = false;
                if (running && !warned) {
                    LOG.warn("Not hearing from the other nodes (trying again every {} s): {}", WAIT_MS / 1000, e.getMessage());
                    warned = true;
                }
                pause();
            }
        }
        listening = false;
    }

    private void receive(PGConnection pg) throws SQLException {
        while (running) {
            PGNotification[] notifications = pg.getNotifications(WAIT_MS);
            if (notifications != null) {
                for (PGNotification n : notifications) {
                    receiver.accept(n.getParameter());
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void closeQuietly() {
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("Closing the listener's connection", e);
            }
        }
    }
}
