package no.ks.ledergaloppen.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/** What the browser checks look for on a page, each returning the problems found in words (none: an empty list). */
final class PageChecks {

    /** WCAG 2.0 and 2.1 A and AA, and from 2.2 AA the 24 px targets (axe's target-size). */
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private PageChecks() {
    }

    /** The axe rules that depend on the screen's width: boxes that scroll sideways, and targets squeezed together. */
    static final List<String> NARROW = List.of("scrollable-region-focusable", "target-size", "meta-viewport");

    /** axe-core's serious and critical violations, each with its rule and up to three elements. */
    static List<String> axe(Browser browser, String where) {
        return run(browser, where, "{runOnly: {type: 'tag', values: " + jsList(WCAG) + "}, resultTypes: ['violations']}");
    }

    /** Only the {@link #NARROW} rules: for the page once more on a phone. */
    static List<String> axeNarrow(Browser browser, String where) {
        return run(browser, where, "{runOnly: {type: 'rule', values: " + jsList(NARROW) + "}, resultTypes: ['violations']}");
    }

    /**
     * Runs axe-core (the copy inside the axe-core selenium jar, put into the page once per page) and brings back
     * only the serious and critical violations in words: much less to carry than all of axe's results.
     */
    private static List<String> run(Browser browser, String where, String options) {
        if (!Boolean.TRUE.equals(browser.js("return !!window.axe"))) {
            browser.js(AXE_SOURCE);
        }
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, %s).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => [v, v.nodes.filter(n => !(v.id === 'target-size' && gridCell(n)))])
                    .filter(([v, nodes]) => nodes.length > 0)
                    .map(([v, nodes]) => v.impact + ' ' + v.id + ' on ' + nodes.slice(0, 3)
                        .map(n => JSON.stringify(n.target) + ' (' + n.failureSummary.replace(/\\n/g, ' ') + ')').join(', '))),
                  e => done(['axe failed: ' + e]));
                // A Vaadin grid keeps one of its cells in the Tab order (moved with the arrow keys), and axe takes it
                // for a pointer target "obscured" by the link inside it. It is none: the links in the cells are, and
                // axe checks those as any other.
                function gridCell(n) { return /#vaadin-grid-cell-\\d+"\\]*$/.test(JSON.stringify(n.target)); }
                """.formatted(options));
        return found.stream().map(f -> where + ": " + f).toList();
    }

    private static final String AXE_SOURCE = axeSource();

    private static String axeSource() {
        try (var in = PageChecks.class.getResourceAsStream("/axe.min.js")) {
            return new String(java.util.Objects.requireNonNull(in, "axe.min.js from com.deque.html.axe-core:selenium")
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String jsList(List<String> values) {
        return values.stream().map(v -> "'" + v + "'").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    /**
     * One visible {@code h1}; the landmarks {@code header}, {@code nav} and {@code main} ({@code main} alone on
     * pages outside the app's frame, such as the login page); a translated title; {@code lang} the user's language.
     */
    static List<String> structure(Browser browser, String where, String lang, boolean framed) {
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) browser.js("""
                const [lang, framed] = arguments;
                const seen = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
                const problems = [];
                const h1 = [...document.querySelectorAll('h1')].filter(seen);
                if (h1.length !== 1) problems.push(h1.length + ' visible h1: ' + h1.map(h => h.textContent).join(' / '));
                const count = s => document.querySelectorAll(s).length;
                if (count('main, [role=main]') !== 1) problems.push(count('main, [role=main]') + ' main landmarks');
                if (framed && count('header:not(main header), [role=banner]') !== 1) problems.push('no single header landmark');
                if (framed && count('nav, [role=navigation]') < 1) problems.push('no nav landmark');
                if (document.documentElement.lang !== lang) problems.push('lang is "' + document.documentElement.lang + '"');
                const title = document.title.trim();
                if (!title || /^[a-z]+([.][a-zA-Z0-9]+)+$/.test(title)) problems.push('title is "' + title + '"');
                return problems;
                """, lang, framed);
        return problems.stream().map(p -> where + ": " + p).toList();
    }

    /**
     * The page does not scroll sideways: what is wider than the screen scrolls in a box of its own (a table),
     * so nothing is cut off or needs the whole page moved to read. Names the widest elements when it does.
     */
    static List<String> sideways(Browser browser, String where) {
        Object wider = browser.js("""
                const layout = document.querySelector('vaadin-app-layout');
                const content = layout && layout.shadowRoot.querySelector('[part~=content]');
                const overflow = Math.max(document.documentElement.scrollWidth - window.innerWidth,
                    content ? content.scrollWidth - content.clientWidth : 0);
                if (overflow <= 1) return null;
                const scrolls = e => /(auto|scroll|hidden|clip)/.test(getComputedStyle(e).overflowX) && e !== content;
                const out = [];
                for (const e of document.querySelectorAll('main *')) {
                    const r = e.getBoundingClientRect();
                    if (r.right <= window.innerWidth + 1 || r.width === 0) continue;
                    let p = e.parentElement, inBox = false;
                    while (p && p.tagName !== 'MAIN') { if (scrolls(p)) { inBox = true; break; } p = p.parentElement; }
                    if (!inBox) out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/ +/).join('.') : ''));
                }
                return overflow + ' px too wide: ' + out.slice(0, 4).join(', ');
                """);
        return wider == null ? List.of() : List.of(where + ": " + wider);
    }

    /** The page as on a phone: 360 × 800 CSS pixels; laid out again, not reloaded. */
    static void phone(Browser browser) {
        screen(browser, Map.of("width", 360, "height", 800, "deviceScaleFactor", 2, "mobile", true));
    }

    /** The page as at 200 % zoom of a 1280 × 900 window: 640 × 450 CSS pixels, two device pixels each. */
    static void zoom200(Browser browser) {
        screen(browser, Map.of("width", 640, "height", 450, "deviceScaleFactor", 2, "mobile", false));
    }

    /** Back to the browser's own window. */
    static void desktop(Browser browser) {
        browser.cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.afterLayout();
    }

    private static void screen(Browser browser, Map<String, Object> metrics) {
        browser.cdp("Emulation.setDeviceMetricsOverride", metrics);
        browser.afterLayout();
    }
}
