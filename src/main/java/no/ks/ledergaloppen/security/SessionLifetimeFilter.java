package no.ks.ledergaloppen.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The limits of a login: 30 minutes without anything but Vaadin's heartbeat (an open tab would otherwise
 * keep the HTTP session alive for ever, whatever the container's timeout), and 12 hours in all, however
 * busy. A request past either finds the session invalidated and carries on anonymously, so that a page
 * is sent to the login page and Vaadin's own requests get its "session expired" answer.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final Duration MAX_IDLE = Duration.ofMinutes(30);
    static final Duration MAX_LIFETIME = Duration.ofHours(12);
    static final String LOGGED_IN_AT = SessionLifetimeFilter.class.getName() + ".loggedInAt";
    static final String ACTIVE_AT = SessionLifetimeFilter.class.getName() + ".activeAt";
    private static final Pattern HEARTBEAT = Pattern.compile("(^|&)v-r=heartbeat(&|$)");

    private final Clock clock;

    SessionLifetimeFilter(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        // The login is read from the session itself: the thread's strategy may belong to another application
        // context (Vaadin installs its own after the filter chain is built; tests run several contexts).
        SecurityContext stored = session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext c ? c : null;
        if (stored != null && stored.getAuthentication() != null) {
            Instant now = clock.instant();
            if (!(session.getAttribute(LOGGED_IN_AT) instanceof Instant loggedInAt)) {
                session.setAttribute(LOGGED_IN_AT, now);
                session.setAttribute(ACTIVE_AT, now);
            } else if (!now.isBefore(loggedInAt.plus(MAX_LIFETIME)) || idleSince(session, now)) {
                // the same context object is this request's, whichever strategy holds it: empty it, then end the session
                stored.setAuthentication(null);
                SecurityContextHolder.getContextHolderStrategy().clearContext();
                session.invalidate();
            } else if (!isHeartbeat(request)) {
                session.setAttribute(ACTIVE_AT, now);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean idleSince(HttpSession session, Instant now) {
        return session.getAttribute(ACTIVE_AT) instanceof Instant activeAt && !now.isBefore(activeAt.plus(MAX_IDLE));
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && HEARTBEAT.matcher(query).find();
    }
}
