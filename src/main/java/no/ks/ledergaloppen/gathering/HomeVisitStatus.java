package no.ks.ledergaloppen.gathering;

/** A home visit is planned until the facilitators mark it as done. */
public enum HomeVisitStatus {
    PLANNED, DONE
}
