package no.ks.ledergaloppen.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.util.stream.Stream;
import no.ks.ledergaloppen.base.DatabaseUnavailable;
import no.ks.ledergaloppen.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Who may do what. Services carry {@code @PreAuthorize}; views are guarded by Vaadin's own access control
 * ({@code @RolesAllowed}, {@code @PermitAll}, checked on navigation). JSR-250 is not enabled for method security:
 * with it Spring wrapped every view instance in a CGLIB proxy, a second check that cost about 12 % of the CPU per
 * request under load (JFR, issue 12).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** Browser features the app never uses, switched off for it and for anything it might embed. */
    static final String PERMISSIONS_POLICY = String.join(", ", "camera=()", "microphone=()", "geolocation=()",
            "payment=()", "usb=()", "serial=()", "magnetometer=()", "gyroscope=()", "accelerometer=()",
            "display-capture=()");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry, Clock clock,
                                            DatabaseUnavailable database) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**").permitAll());
        sessions(http, sessionRegistry, clock);
        headers(http);
        http.with(VaadinSecurityConfigurer.vaadin(), configurer -> configurer.loginView(LoginView.class));
        // After Vaadin's configurer: it keeps the login page its own. Set on the filter itself, so that Vaadin
        // cannot replace the failure handler with its own failure URL.
        http.formLogin(form -> form.withObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
            @Override
            public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler(new LoginFailureHandler(database));
                return filter;
            }
        }));
        return http.build();
    }

    // --- Sessions (sec-auth) -----------------------------------------------------------------------------

    /**
     * Every login is registered, so that a user's sessions can be ended at once (UserSessions); an ended
     * session's next request goes to the login page. Spring's session fixation protection stays on: the
     * session id changes at login. A login lasts at most 12 hours (SessionLifetimeFilter); the 30 minutes'
     * idle timeout is in application.properties.
     */
    private static void sessions(HttpSecurity http, SessionRegistry sessionRegistry, Clock clock) throws Exception {
        http.sessionManagement(sessions -> sessions
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login"));
        http.addFilterAfter(new SessionLifetimeFilter(clock), ConcurrentSessionFilter.class);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when sessions end or change id. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    // --- end of sessions ----------------------------------------------------------------------------------

    /** Public, versioned files that Vaadin serves with a cache lifetime of their own. */
    private static final RequestMatcher STATIC_FILES = new OrRequestMatcher(Stream.of("/VAADIN/build/**",
            "/VAADIN/static/**", "/lumo/**", "/styles/**", "/images/**")
            .<RequestMatcher>map(PathPatternRequestMatcher.withDefaults()::matcher).toList());

    /**
     * The security headers on every response (ASVS V3.4, V14.4), pages and static files alike; everything
     * but static files is also kept out of caches. They are written before the request is handled: Vaadin
     * commits its page without Spring noticing, and headers written afterwards would be lost.
     */
    private static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> {
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.cacheControl(cache -> cache.disable())
                    .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(STATIC_FILES),
                            new CacheControlHeadersWriter()))
                    .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.POLICY))
                    .contentTypeOptions(Customizer.withDefaults())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .frameOptions(frames -> frames.sameOrigin())
                    .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
        });
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
