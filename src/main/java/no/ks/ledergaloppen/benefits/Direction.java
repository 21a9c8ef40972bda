package no.ks.ledergaloppen.benefits;

/** Whether a higher or a lower value of an indicator is the better one. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
