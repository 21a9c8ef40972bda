package no.ks.ledergaloppen.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A result indicator as the benefits page, the chart and the report show it: its plan, its measurements
 * (oldest first) and its status, which is the status of the latest measurement.
 */
public record IndicatorView(long id, long version, long benefitId, String name, String unit, IndicatorPlan plan,
                            Frequency frequency, boolean active, List<MeasurementPoint> measurements,
                            IndicatorStatus status) {

    public Direction direction() {
        return plan.direction();
    }

    public BigDecimal baselineValue() {
        return plan.baselineValue();
    }

    public LocalDate baselineDate() {
        return plan.baselineDate();
    }

    public BigDecimal targetValue() {
        return plan.targetValue();
    }

    public LocalDate targetDate() {
        return plan.targetDate();
    }
}
