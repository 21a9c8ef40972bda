package no.ks.ledergaloppen.innovationcase;

import java.time.Instant;

public record StepTickInfo(long stepId, String tickedBy, Instant tickedAt, String note) {
}
