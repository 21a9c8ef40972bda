package no.ks.ledergaloppen.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A saved measurement with its status against the plan on that date, and the corrective action kept
 * with it (null when none was asked for or none was written yet).
 */
public record MeasurementPoint(long id, LocalDate date, BigDecimal value, String comment, IndicatorStatus status,
                               CorrectiveAction action) {
}
