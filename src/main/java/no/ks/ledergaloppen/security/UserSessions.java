package no.ks.ledergaloppen.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.ks.ledergaloppen.base.ClusterEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Ends a user's open sessions at once: when they are disabled, their role changes or their password is
 * reset. The login-time principal would otherwise live on in every session until it times out. Spring
 * Security's registry marks the sessions expired (its filter sends the next request to the login page),
 * and the Vaadin sessions are closed, so that an open page stops working as well. Both live in this node's
 * memory only (sessions are sticky, never replicated): the other nodes are told through {@link ClusterEvents}
 * and end the user's sessions they hold.
 */
@Component
public class UserSessions implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(UserSessions.class);

    static final String TOPIC = "user-sessions-end";

    private final SessionRegistry registry;
    private final ClusterEvents events;
    private final Set<VaadinSession> open = ConcurrentHashMap.newKeySet();

    UserSessions(SessionRegistry registry, ClusterEvents events) {
        this.registry = registry;
        this.events = events;
        events.subscribe(TOPIC, userId -> endNow(Long.parseLong(userId)));
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> open.add(e.getSession()));
        event.getSource().addSessionDestroyListener(e -> open.remove(e.getSession()));
    }

    /**
     * Ends every session of the user on this node now, and on every node (this one again) when the running
     * transaction commits.
     */
    public void endAllOf(long userId) {
        endNow(userId);
        events.publish(TOPIC, String.valueOf(userId));
    }

    private void endNow(long userId) {
        registry.getAllPrincipals().stream()
                .filter(p -> p instanceof AppUserPrincipal user && user.id() == userId)
                .flatMap(p -> registry.getAllSessions(p, false).stream())
                .forEach(SessionInformation::expireNow);
        for (VaadinSession session : List.copyOf(open)) {
            if (belongsTo(session, userId)) {
                close(session);
            }
        }
    }

    private static boolean belongsTo(VaadinSession session, long userId) {
        try {
            WrappedSession http = session.getSession();
            Object context = http == null ? null
                    : http.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return context instanceof SecurityContext security && security.getAuthentication() != null
                    && security.getAuthentication().getPrincipal() instanceof AppUserPrincipal user
                    && user.id() == userId;
        } catch (IllegalStateException alreadyInvalidated) {
            return false;
        }
    }

    private void close(VaadinSession session) {
        Runnable invalidate = () -> {
            try {
                session.getSession().invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                LOG.debug("Session already invalidated");
            }
            open.remove(session);
        };
        if (session.hasLock()) {
            invalidate.run();
        } else {
            session.access(invalidate::run);
        }
    }
}
