package no.ks.ledergaloppen.assignment;

/** Whether a municipality's leader group answers together, or each participant answers alone. */
public enum AnswerMode {
    GROUP, INDIVIDUAL
}
