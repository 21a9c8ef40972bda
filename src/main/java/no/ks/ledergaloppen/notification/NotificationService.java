package no.ks.ledergaloppen.notification;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import no.ks.ledergaloppen.notification.domain.Notification;
import no.ks.ledergaloppen.notification.domain.NotificationRepository;
import no.ks.ledergaloppen.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications. Features send them ({@link #send}); each user reads and clears only their own.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    private static final String SEPARATOR = "\u001f";

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Sends a notification to each user. With a {@code dedupeKey}, a user who already got a notification
     * with that key gets no second one (a reminder is sent once).
     */
    public int send(Collection<Long> userIds, String messageKey, List<String> args, String link, String dedupeKey) {
        String joined = String.join(SEPARATOR, args);
        int sent = 0;
        for (long userId : userIds) {
            if (dedupeKey != null && notifications.existsByUserIdAndDedupeKey(userId, dedupeKey)) {
                continue;
            }
            notifications.save(new Notification(userId, messageKey, joined, link, dedupeKey, clock.instant()));
            sent++;
        }
        return sent;
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByUserIdAndReadAtIsNull(currentUser.id());
    }

    /** The user's newest notifications. */
    @Transactional(readOnly = true)
    public List<NotificationInfo> recent(int max) {
        return notifications.findByUserIdOrderByCreatedAtDescIdDesc(currentUser.id(), PageRequest.of(0, max)).stream()
                .map(n -> new NotificationInfo(n.getId(), n.getMessageKey(),
                        n.getArgs() == null || n.getArgs().isEmpty() ? List.of() : Arrays.asList(n.getArgs().split(SEPARATOR, -1)),
                        n.getLink(), n.getCreatedAt(), n.getReadAt() != null))
                .toList();
    }

    public void markAllRead() {
        notifications.findByUserIdAndReadAtIsNull(currentUser.id()).forEach(n -> n.markRead(clock.instant()));
    }
}
