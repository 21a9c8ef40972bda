package no.ks.ledergaloppen.base;

import java.time.Clock;
import java.time.Instant;

/**
 * Someone else saved the same thing after the caller read it (optimistic locking). Carries who and at
 * what time (for the message, "endret av X kl. 14:32") and the caller's own version, which the UI keeps
 * so that nothing typed is lost. One exception for every feature that locks this way.
 */
public class ChangedMeanwhileException extends DomainException {

    private final transient Object yours;

    public ChangedMeanwhileException(String field, String messageKey, String changedBy, Instant changedAt, Clock clock,
                                     Object yours) {
        super(field, messageKey, changedBy == null ? "" : changedBy, Times.hourMinute(changedAt, clock));
        this.yours = yours;
    }

    /** The caller's own version, as it was sent in (text, a record of fields, …). */
    public <T> T yours(Class<T> type) {
        return type.cast(yours);
    }
}
