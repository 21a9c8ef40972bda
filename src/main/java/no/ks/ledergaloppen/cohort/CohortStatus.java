package no.ks.ledergaloppen.cohort;

public enum CohortStatus {
    PLANNED, RUNNING, FINISHED
}
