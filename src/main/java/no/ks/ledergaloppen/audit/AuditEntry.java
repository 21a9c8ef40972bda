package no.ks.ledergaloppen.audit;

import java.time.Instant;
import no.ks.ledergaloppen.base.AuditKind;
import no.ks.ledergaloppen.security.SystemAuthentication;

/**
 * One line of the audit trail as an administrator reads it. {@code displayName} is empty when the user id
 * names no account (the system, or nobody: a failed login of an unknown username keeps only {@code username}).
 */
public record AuditEntry(String key, Instant at, Long userId, String username, String displayName, AuditKind kind,
                         String subject, String detail, String clientAddress) {

    /** The id the system's own work is recorded under (first start, demo data, scheduled reminders). */
    public static final long SYSTEM_USER_ID = SystemAuthentication.SYSTEM_USER_ID;
}
