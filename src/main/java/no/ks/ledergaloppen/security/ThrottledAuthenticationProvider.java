package no.ks.ledergaloppen.security;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.transaction.TransactionException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The username and password login, behind the {@link LoginThrottle}: an account or address that failed
 * too often is refused before its password is checked; every other failure is counted. The failures are
 * thrown on unchanged, so that Spring Security publishes its usual events for them.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AppUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = clientAddress(authentication);
        unlessDatabaseFails(() -> throttle.check(username, address));
        try {
            Authentication result = passwords.authenticate(authentication);
            unlessDatabaseFails(() -> throttle.succeeded(username));
            return result;
        } catch (AuthenticationException e) {
            if (!(e instanceof AuthenticationServiceException)) {
                unlessDatabaseFails(() -> throttle.failed(username, address));
            }
            throw e;
        }
    }

    /**
     * The throttle keeps its count in the database. If that cannot be reached, the login cannot be checked
     * at all: an AuthenticationServiceException, which the login page shows as "temporarily unavailable",
     * never as a wrong password.
     */
    private static void unlessDatabaseFails(Runnable work) {
        try {
            work.run();
        } catch (DataAccessException | TransactionException e) {
            throw new AuthenticationServiceException("the login attempts could not be read or written", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }
}
