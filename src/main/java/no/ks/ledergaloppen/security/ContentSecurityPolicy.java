package no.ks.ledergaloppen.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy: the least Vaadin's default bundle runs under (every page checked in
 * Chromium without a violation). Flow's client evaluates the JavaScript the server sends ('unsafe-eval');
 * the bundle adds style elements and attributes ('unsafe-inline' for styles, never for scripts); Lumo's
 * icons are data: fonts and images. Everything else comes from our own origin; no plugins, no framing by
 * other sites, forms post only to us.
 *
 * <p>Vaadin's bootstrap page carries a few inline scripts of its own (more, and with a per-run token, in
 * development mode). Rather than allow inline scripts, the page's policy names exactly those scripts by
 * their SHA-256 hash, computed as the page is built.
 */
@Component
class ContentSecurityPolicy implements VaadinServiceInitListener {

    static final String HEADER = "Content-Security-Policy";
    private static final String SCRIPT_SRC = "script-src 'self' 'unsafe-eval'";

    /** The policy of every response; the bootstrap page adds its own scripts' hashes to script-src. */
    static final String POLICY = policy(SCRIPT_SRC);

    private static String policy(String scriptSrc) {
        return String.join("; ",
                "default-src 'self'",
                scriptSrc,
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'self'");
    }

    /** The policy of a page whose inline scripts have these hashes ({@code 'sha256-...'}). */
    static String forPage(List<String> scriptHashes) {
        return policy(scriptHashes.isEmpty() ? SCRIPT_SRC : SCRIPT_SRC + " " + String.join(" ", scriptHashes));
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::allowOnlyThisPagesInlineScripts);
    }

    private void allowOnlyThisPagesInlineScripts(IndexHtmlResponse page) {
        List<String> hashes = page.getDocument().select("script:not([src])").stream().map(Element::data)
                .map(ContentSecurityPolicy::hash).distinct().toList();
        page.getVaadinResponse().setHeader(HEADER, forPage(hashes));
    }

    static String hash(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
