package no.ks.ledergaloppen.notification.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import java.util.Collection;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByUserIdOrderByCreatedAtDescIdDesc(long userId, Pageable page);

    long countByUserIdAndReadAtIsNull(long userId);

    List<Notification> findByUserIdAndReadAtIsNull(long userId);

    boolean existsByUserIdAndDedupeKey(long userId, String dedupeKey);

    /** Which of these users already got a notification with this key, in one statement. */
    @Query("select n.userId from Notification n where n.dedupeKey = :dedupeKey and n.userId in :userIds")
    Set<Long> alreadyNotified(@Param("userIds") Collection<Long> userIds, @Param("dedupeKey") String dedupeKey);

    List<Notification> findByDedupeKey(String dedupeKey);
}
