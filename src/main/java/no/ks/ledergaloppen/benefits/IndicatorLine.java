package no.ks.ledergaloppen.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An active indicator in one line, for exports over many cases: its plan, its latest measurement (date and
 * value are null before the first) and its status by that measurement.
 */
public record IndicatorLine(long caseId, long indicatorId, String name, String unit, IndicatorPlan plan,
                            LocalDate latestOn, BigDecimal latestValue, IndicatorStatus status) {
}
