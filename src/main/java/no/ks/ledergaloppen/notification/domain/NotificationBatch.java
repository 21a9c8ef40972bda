package no.ks.ledergaloppen.notification.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes one notification to many users as one JDBC batch: Hibernate inserts identity-keyed rows one statement at
 * a time, so a new assignment in a cohort of 40 would cost 40 round trips. Runs in the caller's transaction.
 */
@Component
public class NotificationBatch {

    private final JdbcTemplate jdbc;

    NotificationBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Collection<Long> userIds, String messageKey, String args, String link, String dedupeKey,
                       Instant at) {
        Timestamp when = Timestamp.from(at);
        List<Object[]> rows = userIds.stream()
                .map(id -> new Object[] {id, messageKey, args, link, dedupeKey, when}).toList();
        jdbc.batchUpdate("insert into notification (version, user_id, message_key, args, link, dedupe_key, created_at)"
                + " values (0, ?, ?, ?, ?, ?, ?)", rows);
    }
}
