package no.ks.ledergaloppen.benefits;

/** How often an indicator is followed up. */
public enum Frequency {
    WEEKLY, MONTHLY, QUARTERLY
}
