package no.ks.ledergaloppen.notification.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByUserIdOrderByCreatedAtDescIdDesc(long userId, Pageable page);

    long countByUserIdAndReadAtIsNull(long userId);

    List<Notification> findByUserIdAndReadAtIsNull(long userId);

    boolean existsByUserIdAndDedupeKey(long userId, String dedupeKey);

    List<Notification> findByDedupeKey(String dedupeKey);
}
