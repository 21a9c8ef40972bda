package no.ks.ledergaloppen.base;

/**
 * What an audit entry records. Lives in {@code base} beside {@link AuditLog}, so that every feature (security
 * included) can record without depending on the audit feature. Names are stored; never rename one.
 */
public enum AuditKind {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    USER_CREATED,
    ROLE_CHANGED,
    USER_DISABLED,
    USER_ENABLED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    MUNICIPALITY_ENROLLED,
    MUNICIPALITY_UNENROLLED,
    FACILITATOR_ADDED,
    FACILITATOR_REMOVED,
    MEMBER_ADDED,
    MEMBER_REMOVED,
    ANSWER_SUBMITTED,
    ANSWER_RETURNED,
    ANSWER_APPROVED,
    FEEDBACK_RELEASED,
    ATTACHMENT_ADDED,
    ATTACHMENT_REMOVED,
    /** A change to an innovation case, from the case's own audit table ({@link CaseGuard#audit}). */
    CASE_CHANGED
}
