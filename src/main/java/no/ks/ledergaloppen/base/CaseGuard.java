package no.ks.ledergaloppen.base;

/**
 * What features that hang off an innovation case (assessments, BLT rounds, the journal, later benefits and assignments) need
 * from it without depending on it: may the caller read or change the case, and an audit row for a change.
 * Implemented by the innovation case feature.
 */
public interface CaseGuard {

    /** Throws a not-found {@link DomainException} when the caller may not read the case. */
    void checkCanRead(long caseId);

    /**
     * Of many cases, those the caller may read, in a fixed number of statements: for features that answer for a
     * whole list of cases at once (the portfolio). Cases the caller may not read are left out silently.
     */
    java.util.Set<Long> readableOf(java.util.Collection<Long> caseIds);

    /** Throws when the caller may not change the case (read-only viewers included). */
    void checkCanEdit(long caseId);

    /** Whether the caller belongs to the case's own leader group (reading rights are checked first). */
    boolean isOwnLeaderGroup(long caseId);

    /** Whether the caller facilitates the case's cohort or is an administrator (reading rights are checked first). */
    boolean facilitates(long caseId);

    /** Records a change to the case, in the caller's transaction. */
    void audit(long caseId, String action, String detail);
}
