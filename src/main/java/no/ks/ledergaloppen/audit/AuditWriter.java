package no.ks.ledergaloppen.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Objects;
import no.ks.ledergaloppen.audit.domain.AuditEvent;
import no.ks.ledergaloppen.audit.domain.AuditEventRepository;
import no.ks.ledergaloppen.base.AuditKind;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit events, dated by the application clock, with the client's address where it is known: the
 * request being served, else the address the login came from. Not secured itself: reached only through
 * {@link AuditService#record} (any logged-in caller) and the login listeners (before anyone is logged in).
 */
@Component
class AuditWriter {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditWriter(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void write(AuditKind kind, Long userId, String username, String subject, String detail,
                      Authentication auth) {
        events.save(new AuditEvent(clock.instant(), userId, username, Objects.requireNonNull(kind, "kind"), subject,
                detail, clientAddress(auth)));
    }

    static String clientAddress(Authentication auth) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        if (auth != null && auth.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return null;
    }
}
