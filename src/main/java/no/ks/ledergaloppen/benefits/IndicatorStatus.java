package no.ks.ledergaloppen.benefits;

/** Where an indicator stands against its straight-line plan from baseline to target. */
public enum IndicatorStatus {
    /** No measurement after the baseline yet. */
    NOT_MEASURED,
    ON_TRACK,
    /** Worse than the plan for that date: asks for a corrective action. */
    BEHIND,
    /** At or beyond the target value. */
    REACHED
}
