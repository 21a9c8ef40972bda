package no.ks.ledergaloppen.assignment;

/**
 * Where an answer stands. NOT_STARTED is never stored: it is how an answer nobody has written yet is
 * shown. A submitted or approved answer is locked; a returned one can be edited and submitted again.
 */
public enum AnswerStatus {
    NOT_STARTED, DRAFT, SUBMITTED, RETURNED, APPROVED;

    public boolean editable() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }

    /** Delivered answers count as handed in: no reminder goes to their writers. */
    public boolean delivered() {
        return this == SUBMITTED || this == APPROVED;
    }
}
