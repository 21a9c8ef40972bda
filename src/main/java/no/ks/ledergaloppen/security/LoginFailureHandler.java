package no.ks.ledergaloppen.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.ks.ledergaloppen.base.DatabaseUnavailable;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A wrong password and an unknown user get the same answer; a login that could not be checked at all (the
 * database is out of reach) says the service is temporarily unavailable, not that the password was wrong.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final AuthenticationFailureHandler wrongCredentials = new SimpleUrlAuthenticationFailureHandler("/login?error");
    private final AuthenticationFailureHandler unavailable = new SimpleUrlAuthenticationFailureHandler("/login?unavailable");

    private final DatabaseUnavailable database;

    LoginFailureHandler(DatabaseUnavailable database) {
        this.database = database;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof AuthenticationServiceException) {
            if (DatabaseUnavailable.causedBy(exception)) {
                database.forgetPooledConnections();
            }
            unavailable.onAuthenticationFailure(request, response, exception);
        } else {
            wrongCredentials.onAuthenticationFailure(request, response, exception);
        }
    }
}
