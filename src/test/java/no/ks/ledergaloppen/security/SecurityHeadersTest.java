package no.ks.ledergaloppen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.ServletContext;
import no.ks.ledergaloppen.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockRequestDispatcher;
import org.springframework.mock.web.MockServletContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** What a browser is told about every page and file, whether or not someone is logged in (ASVS V3, V14). */
@ServiceTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ServletContext servletContext;

    /** MockMvc runs only Spring's filters and dispatcher; Vaadin's servlet, which they forward to, is a stand-in. */
    @BeforeEach
    void standInForVaadinsServlet() {
        ((MockServletContext) servletContext).registerNamedDispatcher("springServlet",
                new MockRequestDispatcher("/vaadinServlet"));
    }

    @Test
    void the_login_page_carries_the_security_headers() throws Exception {
        assertSecurityHeaders(mvc.perform(get("/login")).andReturn());
    }

    @Test
    void the_start_page_carries_the_security_headers_for_a_visitor_and_for_a_logged_in_user() throws Exception {
        assertSecurityHeaders(mvc.perform(get("/")).andReturn());
        assertSecurityHeaders(mvc.perform(get("/").with(user(userDetails.loadUserByUsername("ola")))).andReturn());
    }

    @Test
    void a_static_file_carries_the_security_headers() throws Exception {
        MvcResult result = mvc.perform(get("/styles/app.css")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertSecurityHeaders(result);
    }

    @Test
    void the_content_security_policy_allows_only_our_own_origin_and_no_framing_by_others() throws Exception {
        String csp = mvc.perform(get("/login")).andReturn().getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                "frame-ancestors 'self'", "form-action 'self'");
        assertThat(csp).doesNotContain("*", "http:", "data: 'unsafe");
    }

    private static void assertSecurityHeaders(MvcResult result) {
        var response = result.getResponse();
        assertThat(response.getHeader("Content-Security-Policy")).as("Content-Security-Policy")
                .contains("default-src 'self'", "frame-ancestors 'self'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(response.getHeader("Permissions-Policy")).as("Permissions-Policy")
                .contains("camera=()", "microphone=()", "geolocation=()");
    }
}
