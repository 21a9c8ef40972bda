package no.ks.ledergaloppen.base;

/**
 * The append-only audit trail, as features record into it without depending on the audit feature (which
 * implements it, and reads it for administrators). Who, when and from which address are taken from the
 * caller's login, the clock and the request.
 */
public interface AuditLog {

    /**
     * Records what the logged-in caller did, in the caller's transaction: {@code subject} names what it
     * was done to ("user:12", "cohort:3", "answer:7"), {@code detail} says briefly what (never a password
     * or an answer's text; cut to {@value #DETAIL_MAX} characters).
     */
    void record(AuditKind kind, String subject, String detail);

    int DETAIL_MAX = 500;

    static String subject(String type, long id) {
        return type + ":" + id;
    }
}
