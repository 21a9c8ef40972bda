package no.ks.ledergaloppen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import no.ks.ledergaloppen.TestCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page as each role sees it on the demo data, in headless Chromium: axe-core (WCAG 2.0/2.1 A and AA, and
 * 2.2's 24 px targets) finds no serious or critical violation, and each page has one {@code h1}, its landmarks,
 * a translated title and the user's language; then the same pages on a phone (360 px) and at 200 % zoom do not
 * scroll sideways. A problem fails with the page, the rule and the elements. Runs with {@code ./mvnw verify -Pe2e}.
 */
@E2eTest
class AccessibilityE2e {

    /** "first:ideas/" is the page the first link to an idea leads to, on the page the list is on. */
    private static final String FIRST = "first:";

    @LocalServerPort
    int port;
    @Autowired
    TestCases demo;

    @Test
    void the_login_page_has_no_serious_or_critical_violations() {
        try (Browser browser = new Browser(port, 1280)) {
            browser.open("login");
            List<String> found = new ArrayList<>(PageChecks.axe(browser, "/login"));
            found.addAll(PageChecks.structure(browser, "/login", "nb", false));
            assertThat(found).isEmpty();
            browser.waitUntil("the password field's show button named in bokmål",
                    "document.querySelector('vaadin-password-field-button')?.getAttribute('aria-label') === 'Vis passordet'");
        }
    }

    @Test
    void the_participants_pages_and_every_tab_of_their_case_pass_at_every_width() {
        assertThat(check("ola", "nb", participantPages())).isEmpty();
    }

    @Test
    void a_nynorsk_participant_gets_pages_in_nynorsk_marked_as_nynorsk() {
        long voss = demo.idOf("Voss herad");
        assertThat(check("ingrid", "nn", List.of("", "cases/" + voss, "assignments"))).isEmpty();
    }

    @Test
    void the_facilitators_pages_pass_at_every_width() {
        assertThat(check("kari", "nb", List.of("", "dashboard", "cohorts", FIRST + "cohorts/", "cases", "assignments",
                FIRST + "assignments/", "gatherings", "notifications", "ideas", "roadmap"))).isEmpty();
    }

    @Test
    void the_administrators_pages_pass_at_every_width() {
        assertThat(check("admin", "nb", List.of("users", "municipalities", "cohorts", "roadmap", "admin/audit",
                "admin/backups"))).isEmpty();
    }

    private List<String> participantPages() {
        long haugesund = demo.idOf("Haugesund kommune");
        List<String> pages = new ArrayList<>(List.of("", "cases", "roadmap", "assignments", FIRST + "assignments/",
                "gatherings", "notifications", "ideas", FIRST + "ideas/"));
        for (String tab : List.of("", "/steps", "/blt", "/foundations", "/benefits", "/journal", "/history")) {
            pages.add("cases/" + haugesund + tab);
        }
        return pages;
    }

    /**
     * Per page: axe and the page's structure at 1280 px; then the same page laid out on a phone (axe's rules for
     * narrow screens, and no sideways scrolling) and at 200 % zoom (no sideways scrolling).
     */
    private List<String> check(String user, String lang, List<String> pages) {
        List<String> found = new ArrayList<>();
        try (Browser browser = new Browser(port, 1280)) {
            browser.login(user, "galopp-demo");
            each(browser, user, pages, where -> {
                found.addAll(PageChecks.axe(browser, where));
                found.addAll(PageChecks.structure(browser, where, lang, true));
                PageChecks.phone(browser);
                found.addAll(PageChecks.axeNarrow(browser, where + " at 360 px"));
                found.addAll(PageChecks.sideways(browser, where + " at 360 px"));
                PageChecks.zoom200(browser);
                found.addAll(PageChecks.sideways(browser, where + " at 200 %"));
                PageChecks.desktop(browser);
            });
        }
        return found;
    }

    private static void each(Browser browser, String who, List<String> pages, Consumer<String> check) {
        for (String page : pages) {
            String path = page;
            if (page.startsWith(FIRST)) {
                String list = page.substring(FIRST.length());
                browser.open(list.substring(0, list.length() - 1));
                path = (String) browser.js("const a = document.querySelector('a[href^=\"' + arguments[0] + '\"]');"
                        + " return a ? a.getAttribute('href') : null;", list);
                assertThat(path).as("a link to %s… on /%s", list, list).isNotNull();
            }
            browser.open(path);
            check.accept(who + " /" + path);
        }
    }
}
