package no.ks.ledergaloppen.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * Writes every failed login to the log: the username as typed, the client address and why (wrong
 * password or unknown user, disabled, too many attempts). Never the password. The audit trail listens to
 * the same Spring Security events.
 */
@Component
class FailedLoginLog {

    private static final Logger LOG = LoggerFactory.getLogger(FailedLoginLog.class);
    private static final int SHOWN_MAX = 100;

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        LOG.warn("Failed login for '{}' from {}: {}", printable(event.getAuthentication().getName()),
                printable(ThrottledAuthenticationProvider.clientAddress(event.getAuthentication())),
                event.getException().getClass().getSimpleName());
    }

    /** No line breaks or other control characters from the login form in the log, and not too long. */
    static String printable(String typed) {
        if (typed == null) {
            return "";
        }
        String cut = typed.length() > SHOWN_MAX ? typed.substring(0, SHOWN_MAX) + "…" : typed;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
