package no.ks.ledergaloppen.security.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LoginAttemptRepository extends JpaRepository<LoginAttempt, Long> {

    /** When the account's most recent failures since a moment happened, newest first. */
    @Query("select a.attemptedAt from LoginAttempt a where a.username = :username and a.attemptedAt > :since"
            + " order by a.attemptedAt desc")
    List<Instant> recentForUsername(String username, Instant since, Pageable page);

    /** When the most recent failures from a client address since a moment happened, newest first. */
    @Query("select a.attemptedAt from LoginAttempt a where a.clientAddress = :address and a.attemptedAt > :since"
            + " order by a.attemptedAt desc")
    List<Instant> recentFromAddress(String address, Instant since, Pageable page);

    @Modifying
    @Query("delete from LoginAttempt a where a.username = :username")
    void deleteByUsername(String username);

    @Modifying
    @Query("delete from LoginAttempt a where a.attemptedAt < :before")
    int deleteOlderThan(Instant before);
}
