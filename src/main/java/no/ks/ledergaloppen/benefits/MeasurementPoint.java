package no.ks.ledergaloppen.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A saved measurement with its status against the plan on that date, and the corrective action kept
 * with it (null when none was asked for or none was written yet). {@code version} is what an edit or a
 * deletion starts from (0 where it does not matter, as in a chart).
 */
public record MeasurementPoint(long id, LocalDate date, BigDecimal value, String comment, IndicatorStatus status,
                               CorrectiveAction action, long version) {

    public MeasurementPoint(long id, LocalDate date, BigDecimal value, String comment, IndicatorStatus status,
                            CorrectiveAction action) {
        this(id, date, value, comment, status, action, 0);
    }

    /** Behind plan and no corrective action written yet: the page asks for one. */
    public boolean needsAction() {
        return status == IndicatorStatus.BEHIND && action == null;
    }
}
