package no.ks.ledergaloppen.assignment;

import no.ks.ledergaloppen.base.DomainException;

/** Someone else saved the answer since the writer loaded it; their text travels with the refusal. */
public class AnswerChangedException extends DomainException {

    private final String yourText;

    public AnswerChangedException(String changedBy, String time, String yourText) {
        super("body", "assignment.error.changedMeanwhile", changedBy, time);
        this.yourText = yourText;
    }

    public String yourText() {
        return yourText;
    }
}
