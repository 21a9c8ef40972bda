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
    private final AppUserDetailsService userDetails;

    SystemAuthentication(ObjectProvider<SecurityContextHolderStrategy> strategy, AppUserDetailsService userDetails) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.userDetails = userDetails;
    }

    public <T> T runAsSystem(Supplier<T> work) {
        return runAs(new AppUserPrincipal(SYSTEM_USER_ID, "system", "System", "", Role.ADMIN, Language.NB, false), work);
    }

    /** Runs demo work as a real user, so that the demo's history names real people. */
    public void runAs(String username, Runnable work) {
        runAs(userDetails.loadUserByUsername(username), () -> {
            work.run();
            return null;
        });
    }

    private <T> T runAs(AppUserPrincipal principal, Supplier<T> work) {
        SecurityContext previous = strategy.getContext();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
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
