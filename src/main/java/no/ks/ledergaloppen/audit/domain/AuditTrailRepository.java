package no.ks.ledergaloppen.audit.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the audit trail (the {@code audit_trail} view: audit events together with the cases' audit rows),
 * newest first, one page at a time. Read-only: there is nothing here that changes a row.
 */
@Repository
public class AuditTrailRepository {

    /** One row of the trail; {@code source} is E for an audit event, C for a case's audit row. */
    public record Row(String source, long sourceId, Instant happenedAt, Long userId, String username, String kind,
                      String subject, String detail, String clientAddress) {
    }

    /** What to select: each part is left out when null; {@code to} is exclusive. */
    public record Criteria(Long userId, String username, String kind, Instant from, Instant to) {
    }

    private final JdbcClient jdbc;

    AuditTrailRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> page(Criteria criteria, long offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(criteria, params);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("select source, source_id, happened_at, user_id, username, kind, subject, detail,"
                        + " client_address from audit_trail" + where
                        + " order by happened_at desc, source desc, source_id desc limit :limit offset :offset")
                .params(params).query(AuditTrailRepository::row).list();
    }

    public long count(Criteria criteria) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(criteria, params);
        return jdbc.sql("select count(*) from audit_trail" + where).params(params).query(Long.class).single();
    }

    private static String where(Criteria c, Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        if (c.userId() != null) {
            parts.add(c.username() == null ? "user_id = :userId"
                    : "(user_id = :userId or (user_id is null and username = :username))");
            params.put("userId", c.userId());
            if (c.username() != null) {
                params.put("username", c.username());
            }
        }
        if (c.kind() != null) {
            parts.add("kind = :kind");
            params.put("kind", c.kind());
        }
        if (c.from() != null) {
            parts.add("happened_at >= :from");
            params.put("from", OffsetDateTime.ofInstant(c.from(), ZoneOffset.UTC));
        }
        if (c.to() != null) {
            parts.add("happened_at < :to");
            params.put("to", OffsetDateTime.ofInstant(c.to(), ZoneOffset.UTC));
        }
        return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long userId = rs.getLong("user_id");
        Long user = rs.wasNull() ? null : userId;
        return new Row(rs.getString("source"), rs.getLong("source_id"),
                rs.getObject("happened_at", OffsetDateTime.class).toInstant(), user,
                rs.getString("username"), rs.getString("kind"), rs.getString("subject"), rs.getString("detail"),
                rs.getString("client_address"));
    }
}
