package no.ks.ledergaloppen.benefits;

import java.time.LocalDate;

/**
 * A case's benefits in one line, for the portfolio and the facilitators' dashboard: its active indicators and
 * how many of them are behind, on track or reached by their latest measurement (the rest are not measured
 * yet), and the status and date of the case's most recent measurement (null before the first).
 */
public record BenefitsStatus(long caseId, int indicators, int behind, int onTrack, int reached,
                             IndicatorStatus latestStatus, LocalDate latestMeasuredOn) {

    public static BenefitsStatus none(long caseId) {
        return new BenefitsStatus(caseId, 0, 0, 0, 0, null, null);
    }

    public int notMeasured() {
        return indicators - behind - onTrack - reached;
    }

    /** At least one indicator's latest measurement is behind plan. */
    public boolean anyBehind() {
        return behind > 0;
    }
}
