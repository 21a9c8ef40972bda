package no.ks.ledergaloppen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    void behind_a_tls_proxy_the_session_cookie_is_sent_over_https_only_and_browsers_are_told_to_stay_on_https() throws Exception {
        HttpResponse<String> page = get("/login", true);
        assertThat(sessionCookie(page)).contains("HttpOnly", "Secure").containsIgnoringCase("SameSite=Lax");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).get().asString().contains("max-age=");
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

    @Test
    void pages_are_kept_out_of_caches_and_static_files_keep_only_their_own_cache_lifetime() throws Exception {
        assertThat(get("/login", false).headers().firstValue("Cache-Control")).get().asString().contains("no-store");
        HttpResponse<String> css = get("/styles/app.css", false);
        // Vaadin's own lifetime: max-age in production, no-cache in development mode (as in this test)
        assertThat(css.headers().allValues("Cache-Control")).singleElement().asString().doesNotContain("no-store");
        assertThat(css.headers().firstValue("Pragma")).isEmpty();
        assertThat(css.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void every_inline_script_of_the_bootstrap_page_is_allowed_by_its_hash_and_no_other_inline_script_is()
            throws Exception {
        HttpResponse<String> page = get("/login", false);
        assertThat(page.body()).as("our own login page, never Spring Security's generated one")
                .doesNotContain("Please sign in");
        String scriptSrc = page.headers().firstValue("Content-Security-Policy").orElseThrow().split("; ")[1];
        assertThat(scriptSrc).startsWith("script-src").doesNotContain("'unsafe-inline'");
        Matcher script = INLINE_SCRIPT.matcher(page.body());
        int inline = 0;
        while (script.find()) {
            if (!script.group(1).contains("src=")) {
                inline++;
                String hash = "'sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest(script.group(2).getBytes(StandardCharsets.UTF_8))) + "'";
                assertThat(scriptSrc).as("the page's policy allows its inline script %s... by %s",
                        script.group(2).substring(0, Math.min(40, script.group(2).length())), hash).contains(hash);
            }
        }
        assertThat(inline).isPositive();
    }

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);

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
