package no.ks.ledergaloppen.audit.domain;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's guard of the audit tables (installed by {@code db/vendor/h2/V014}): refuses every update and
 * delete, as the PostgreSQL trigger does. The class name is written in that migration; never move it.
 */
public class AppendOnlyTrigger implements Trigger {

    private String table;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String operation = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException("The audit trail is append-only: " + operation + " on " + table + " is refused",
                "42501");
    }
}
