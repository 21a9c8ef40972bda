package no.ks.ledergaloppen.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A result indicator as typed: name, unit, which way is better, baseline and target, how often it is measured. */
public record IndicatorDraft(String name, String unit, Direction direction, BigDecimal baselineValue,
                             LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate,
                             Frequency frequency) {
}
