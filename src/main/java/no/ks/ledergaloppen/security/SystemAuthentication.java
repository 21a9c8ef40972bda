package no.ks.ledergaloppen.security;

import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs start-up work (first admin, demo data) through the same secured services as users do,
 * as an administrator that cannot log in.
 */
@Component
public class SystemAuthentication {

    public static final long SYSTEM_USER_ID = 0L;

    private final SecurityContextHolderStrategy strategy;

    SystemAuthentication(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public <T> T runAsSystem(Supplier<T> work) {
        SecurityContext previous = strategy.getContext();
        AppUserPrincipal system = new AppUserPrincipal(SYSTEM_USER_ID, "system", "System", "", Role.ADMIN,
                Language.NB, false);
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null,
                system.getAuthorities()));
        strategy.setContext(context);
        try {
            return work.get();
        } finally {
            strategy.setContext(previous);
        }
    }

    public void runAsSystem(Runnable work) {
        runAsSystem(() -> {
            work.run();
            return null;
        });
    }
}
