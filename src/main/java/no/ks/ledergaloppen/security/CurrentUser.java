package no.ks.ledergaloppen.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** Who is asking: read from Spring Security's context, in services and views alike. */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy strategy;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<AppUserPrincipal> find() {
        Authentication auth = strategy.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public AppUserPrincipal require() {
        return find().orElseThrow(() -> new AccessDeniedException("not logged in"));
    }

    public long id() {
        return require().id();
    }

    public Role role() {
        return require().role();
    }

    public boolean isAdmin() {
        return find().map(p -> p.role() == Role.ADMIN).orElse(false);
    }

    public boolean isFacilitator() {
        return find().map(p -> p.role() == Role.FACILITATOR).orElse(false);
    }

    public boolean isParticipant() {
        return find().map(p -> p.role() == Role.PARTICIPANT).orElse(false);
    }
}
