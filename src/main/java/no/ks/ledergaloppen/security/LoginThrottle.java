package no.ks.ledergaloppen.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.ks.ledergaloppen.security.domain.LoginAttempt;
import no.ks.ledergaloppen.security.domain.LoginAttemptRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing down. Five failed logins within fifteen minutes refuse further attempts for that
 * account, known or not, until the oldest of them is fifteen minutes old; fifty from one client address do
 * the same for the address. Refused attempts do not count, so a lock always lifts by itself; a successful
 * login clears the account's failures. The failures live in the database, so that every node sees them.
 */
@Component
@Transactional
public class LoginThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration KEPT = Duration.ofDays(1);

    private final LoginAttemptRepository attempts;
    private final Clock clock;

    LoginThrottle(LoginAttemptRepository attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    /** Refuses the attempt, before any password is checked, if the account or the address has failed too often. */
    @Transactional(readOnly = true)
    public void check(String username, String address) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        Optional<Instant> account = liftsAt(attempts.recentForUsername(key(username), since,
                PageRequest.of(0, ACCOUNT_LIMIT)), ACCOUNT_LIMIT);
        Optional<Instant> client = liftsAt(attempts.recentFromAddress(address(address), since,
                PageRequest.of(0, ADDRESS_LIMIT)), ADDRESS_LIMIT);
        Optional<Instant> lifts = account.isPresent() && client.isPresent()
                ? Optional.of(account.get().isAfter(client.get()) ? account.get() : client.get())
                : account.or(() -> client);
        if (lifts.isPresent()) {
            long seconds = Duration.between(now, lifts.get()).toSeconds();
            throw new TooManyAttemptsException(Math.max(1, (seconds + 59) / 60));
        }
    }

    public void failed(String username, String address) {
        attempts.save(new LoginAttempt(key(username), address(address), clock.instant()));
    }

    public void succeeded(String username) {
        attempts.deleteByUsername(key(username));
    }

    /**
     * Forgets failures older than a day. Every node runs it, unclaimed: it is one idempotent delete by age, so
     * two nodes running it at once, or one after the other, leave the same rows.
     */
    @Scheduled(fixedDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS)
    public void forgetOldFailures() {
        attempts.deleteOlderThan(clock.instant().minus(KEPT));
    }

    /** The newest failures, newest first: with the limit reached, the lock lifts when the oldest leaves the window. */
    private static Optional<Instant> liftsAt(List<Instant> newestFirst, int limit) {
        return newestFirst.size() < limit ? Optional.empty() : Optional.of(newestFirst.getLast().plus(WINDOW));
    }

    /** The username as the account is looked up (trimmed, lower case), cut to the column's length. */
    static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > LoginAttempt.USERNAME_MAX ? key.substring(0, LoginAttempt.USERNAME_MAX) : key;
    }

    private static String address(String address) {
        String a = address == null || address.isBlank() ? "unknown" : address.strip();
        return a.length() > LoginAttempt.ADDRESS_MAX ? a.substring(0, LoginAttempt.ADDRESS_MAX) : a;
    }
}
