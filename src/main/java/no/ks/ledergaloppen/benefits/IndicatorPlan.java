package no.ks.ledergaloppen.benefits;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An indicator's plan: the straight line from the baseline (nullpunkt) to the target. A measurement is
 * {@link IndicatorStatus#REACHED} at or beyond the target, {@link IndicatorStatus#ON_TRACK} when it is at
 * least as good as the line on its date (after the target date the line stays at the target), and
 * {@link IndicatorStatus#BEHIND} otherwise.
 */
public record IndicatorPlan(Direction direction, BigDecimal baselineValue, LocalDate baselineDate,
                            BigDecimal targetValue, LocalDate targetDate) {

    public IndicatorPlan {
        Objects.requireNonNull(direction);
        Objects.requireNonNull(baselineValue);
        Objects.requireNonNull(baselineDate);
        Objects.requireNonNull(targetValue);
        Objects.requireNonNull(targetDate);
    }

    /** The value the plan expects on {@code date}: the baseline before it starts, the target after it ends. */
    public BigDecimal expectedAt(LocalDate date) {
        if (!date.isAfter(baselineDate)) {
            return baselineValue;
        }
        if (!date.isBefore(targetDate)) {
            return targetValue;
        }
        BigDecimal elapsed = BigDecimal.valueOf(ChronoUnit.DAYS.between(baselineDate, date));
        BigDecimal total = BigDecimal.valueOf(ChronoUnit.DAYS.between(baselineDate, targetDate));
        return baselineValue.add(targetValue.subtract(baselineValue).multiply(elapsed).divide(total, MathContext.DECIMAL64));
    }

    /** The status of {@code value} measured on {@code date}. */
    public IndicatorStatus statusOf(LocalDate date, BigDecimal value) {
        if (atLeastAsGood(value, targetValue)) {
            return IndicatorStatus.REACHED;
        }
        return atLeastAsGood(value, expectedAt(date)) ? IndicatorStatus.ON_TRACK : IndicatorStatus.BEHIND;
    }

    private boolean atLeastAsGood(BigDecimal value, BigDecimal reference) {
        int comparison = value.compareTo(reference);
        return direction == Direction.HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
    }
}
