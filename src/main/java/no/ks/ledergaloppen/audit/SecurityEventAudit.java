package no.ks.ledergaloppen.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.transaction.TransactionException;
import no.ks.ledergaloppen.base.AuditKind;
import no.ks.ledergaloppen.base.AuditLog;
import no.ks.ledergaloppen.security.AppUserPrincipal;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Records logins, failed logins and logouts from Spring Security's events. A failed login keeps the
 * username as typed (and the account's id when there is one) and why it failed, never the password.
 */
@Component
class SecurityEventAudit {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityEventAudit.class);

    private final AuditWriter writer;
    private final UserDetailsService userDetails;

    SecurityEventAudit(AuditWriter writer, UserDetailsService userDetails) {
        this.writer = writer;
        this.userDetails = userDetails;
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        record(AuditKind.LOGIN, event.getAuthentication(), null);
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        record(AuditKind.LOGOUT, event.getAuthentication(), null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String typed = attempt.getName();
        if (event.getException() instanceof AuthenticationServiceException) {
            // the login could not be checked at all (the database is out of reach): nothing can be written
            LOG.warn("A login for '{}' could not be checked: {}", typed, event.getException().getMessage());
            return;
        }
        try {
            Long userId = known(typed);
            writer.write(AuditKind.LOGIN_FAILED, userId, typed,
                    userId == null ? null : AuditLog.subject("user", userId),
                    event.getException().getClass().getSimpleName(), attempt);
        } catch (DataAccessException | TransactionException unreachable) {
            // The database is out of reach, so nobody can log in and nothing can be written; the login
            // page says the service is unavailable. The log keeps the attempt (FailedLoginLog).
            LOG.warn("Could not record a failed login for '{}': the database is out of reach", typed);
        }
    }

    private void record(AuditKind kind, Authentication auth, String detail) {
        if (auth != null && auth.getPrincipal() instanceof AppUserPrincipal user) {
            writer.write(kind, user.id(), user.username(), AuditLog.subject("user", user.id()), detail, auth);
        }
    }

    private Long known(String username) {
        try {
            return ((AppUserPrincipal) userDetails.loadUserByUsername(username)).id();
        } catch (UsernameNotFoundException | ClassCastException e) {
            return null;
        }
    }
}
