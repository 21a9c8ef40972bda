package no.ks.ledergaloppen.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A measurement as typed or imported, before the service has checked it. */
public record MeasurementDraft(LocalDate date, BigDecimal value, String comment) {
}
