package no.ks.ledergaloppen;

import no.ks.ledergaloppen.security.AppUserPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Logs a real demo user in for a test, the way Spring Security would after a form login. */
@Component
public class TestLogin {

    private final UserDetailsService userDetails;
    private final SecurityContextHolderStrategy strategy;

    TestLogin(UserDetailsService userDetails, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.userDetails = userDetails;
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public UsernamePasswordAuthenticationToken as(String username) {
        AppUserPrincipal principal = (AppUserPrincipal) userDetails.loadUserByUsername(username);
        var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        var context = strategy.createEmptyContext();
        context.setAuthentication(auth);
        strategy.setContext(context);
        return auth;
    }

    /** Runs a lookup as the administrator and then restores whoever was logged in. */
    public <T> T asAdminMeanwhile(java.util.function.Supplier<T> lookup) {
        var previous = strategy.getContext();
        as("admin");
        try {
            return lookup.get();
        } finally {
            strategy.setContext(previous);
        }
    }

    public void logout() {
        strategy.clearContext();
    }
}
