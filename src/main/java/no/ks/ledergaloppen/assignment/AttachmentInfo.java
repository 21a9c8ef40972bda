package no.ks.ledergaloppen.assignment;

import java.time.Instant;

public record AttachmentInfo(long id, String fileName, long sizeBytes, String uploadedBy, Instant uploadedAt) {
}
