package no.ks.ledergaloppen.notification;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import no.ks.ledergaloppen.notification.domain.NotificationBatch;
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
    private final NotificationBatch batch;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, NotificationBatch batch, CurrentUser currentUser,
                        Clock clock) {
        this.notifications = notifications;
        this.batch = batch;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Sends a notification to each user, in one batch. With a {@code dedupeKey}, a user who already got a notification
     * with that key gets no second one (a reminder is sent once).
     */
    public int send(Collection<Long> userIds, String messageKey, List<String> args, String link, String dedupeKey) {
        if (userIds.isEmpty()) {
            return 0;
        }
        Set<Long> already = dedupeKey == null ? Set.of() : notifications.alreadyNotified(userIds, dedupeKey);
        List<Long> to = userIds.stream().distinct().filter(id -> !already.contains(id)).toList();
        notifications.flush();
        batch.insert(to, messageKey, String.join(SEPARATOR, args), link, dedupeKey, clock.instant());
        return to.size();
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
