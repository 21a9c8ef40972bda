package no.ks.ledergaloppen.base;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that is out of reach (stopped, unreachable, no connection in time) from every other failure,
 * and, once one is noticed, empties the connection pool so that no connection from before the outage is handed
 * out after it (such a connection fails the first page after the database is back).
 */
@Component
public class DatabaseUnavailable {

    private static final int MAX_DEPTH = 20;

    private final DataSource dataSource;

    DatabaseUnavailable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static boolean causedBy(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException || lostConnection(t)) {
                return true;
            }
        }
        return false;
    }

    static boolean embeddedH2(String url) {
        return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:");
    }

    /** SQL state class 08 (connection exception) or 57P0x (the server shut down or cannot connect now). */
    private static boolean lostConnection(Throwable t) {
        String state = t instanceof SQLException sql ? sql.getSQLState() : null;
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    /**
     * Closes the idle pooled connections now and the busy ones when they come back; new ones are made as needed.
     * Not for an embedded H2 database: it has no connections to lose, and H2 2.4 breaks a check constraint
     * once the connection that created it is closed.
     */
    public void forgetPooledConnections() {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
                HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
                if (pool != null && !embeddedH2(hikari.getJdbcUrl())) {
                    pool.softEvictConnections();
                }
            }
        } catch (SQLException e) {
            // not a Hikari pool after all: nothing to forget
        }
    }
}
