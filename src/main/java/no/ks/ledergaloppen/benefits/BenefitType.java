package no.ks.ledergaloppen.benefits;

/** What kind of effect a benefit is (the roadmap's three, and anything else). */
public enum BenefitType {
    AVOIDED_COST, TIME_SAVED, BETTER_QUALITY, OTHER
}
