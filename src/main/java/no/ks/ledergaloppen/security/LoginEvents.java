package no.ks.ledergaloppen.security;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;

/**
 * Spring Security's login events, as Spring Boot would publish them, plus ours: a login refused for too
 * many attempts is an AuthenticationFailureLockedEvent, and a failure of a kind Spring does not know is
 * still published (as a service failure) rather than lost.
 */
@Configuration
class LoginEvents {

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        events.setAdditionalExceptionMappings(Map.of(TooManyAttemptsException.class,
                AuthenticationFailureLockedEvent.class));
        events.setDefaultAuthenticationFailureEvent(AuthenticationFailureServiceExceptionEvent.class);
        return events;
    }
}
