package no.ks.ledergaloppen.security;

import org.springframework.security.authentication.LockedException;

/**
 * A login refused before any password was checked: too many recent failures for the account or from the
 * client address. A {@link LockedException}, so that Spring Security publishes it as its own kind of
 * failure (AuthenticationFailureLockedEvent); the login page tells how many minutes to wait.
 */
public class TooManyAttemptsException extends LockedException {

    private final long minutes;

    public TooManyAttemptsException(long minutes) {
        super("too many failed logins; try again in " + minutes + " minutes");
        this.minutes = minutes;
    }

    public long minutes() {
        return minutes;
    }
}
