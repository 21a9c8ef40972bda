package no.ks.ledergaloppen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.ks.ledergaloppen.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the running server really sends a browser: the session cookie, and the headers as they arrive. */
@ServerTest
class ServerResponseTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_session_cookie_cannot_be_read_by_scripts_and_is_not_sent_along_from_other_sites() throws Exception {
        String cookie = sessionCookie(get("/login", false));
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(cookie).as("plain http in development: no Secure flag").doesNotContainIgnoringCase("Secure");
    }

    @Test
    void behind_a_tls_proxy_the_session_cookie_is_sent_over_https_only() throws Exception {
        String cookie = sessionCookie(get("/login", true));
        assertThat(cookie).contains("HttpOnly", "Secure").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void the_login_page_as_the_server_sends_it_carries_the_security_headers() throws Exception {
        HttpResponse<String> page = get("/login", false);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "frame-ancestors 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(page.headers().allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
        assertThat(page.headers().firstValue("Permissions-Policy")).get().asString().contains("camera=()");
    }

    private HttpResponse<String> get(String path, boolean behindTlsProxy) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (behindTlsProxy) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }
}
