package no.ks.ledergaloppen.assessment;

/** De fem fundamentene. They multiply: if one is zero, the whole case is zero. */
public enum Foundation {
    NEED, SOLUTION_VALUE, DRIVER, TEAM, ANCHORING
}
