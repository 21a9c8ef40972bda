package no.ks.ledergaloppen.notification;

import java.time.Instant;
import java.util.List;

/** A notification to show: its message key and arguments, where it leads, and whether it is read. */
public record NotificationInfo(long id, String messageKey, List<String> args, String link, Instant createdAt,
                               boolean read) {
}
