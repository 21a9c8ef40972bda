package no.ks.ledergaloppen.innovationcase;

/** PRIVATE: the municipality's own leader group and the cohort's facilitators. COHORT: every participant of the cohort may read it. */
public enum Visibility {
    PRIVATE, COHORT
}
