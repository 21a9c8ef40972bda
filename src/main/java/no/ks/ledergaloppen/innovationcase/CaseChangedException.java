package no.ks.ledergaloppen.innovationcase;

import no.ks.ledergaloppen.base.DomainException;

/**
 * Someone else saved the case after the caller read it. Carries who and when (for the message) and
 * the caller's own text, which the UI keeps so nothing typed is lost.
 */
public class CaseChangedException extends DomainException {

    private final transient CaseFields yourVersion;

    public CaseChangedException(String changedBy, String time, CaseFields yourVersion) {
        super(null, "case.error.changedMeanwhile", changedBy, time);
        this.yourVersion = yourVersion;
    }

    public CaseFields yourVersion() {
        return yourVersion;
    }
}
