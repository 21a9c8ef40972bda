package no.ks.ledergaloppen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import no.ks.ledergaloppen.TestCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core (WCAG 2.0 and 2.1, A and AA) over the app's pages in headless Chromium, as each role sees
 * them on the demo data: a serious or critical violation fails with the rule, the page and the elements.
 * Runs with {@code ./mvnw verify -Pe2e}.
 */
@E2eTest
class AccessibilityE2e {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @LocalServerPort
    int port;
    @Autowired
    TestCases demo;

    @Test
    void the_participants_pages_and_every_tab_of_their_case_have_no_serious_or_critical_violations() {
        long haugesund = demo.idOf("Haugesund kommune");
        List<String> pages = new ArrayList<>(List.of("", "cases", "roadmap", "assignments", "gatherings",
                "notifications", "ideas"));
        for (String tab : List.of("", "/steps", "/blt", "/foundations", "/benefits", "/journal", "/history")) {
            pages.add("cases/" + haugesund + tab);
        }
        assertThat(violations("ola", pages)).isEmpty();
    }

    @Test
    void the_facilitators_pages_have_no_serious_or_critical_violations() {
        assertThat(violations("kari", List.of("", "dashboard", "cohorts", "cases", "assignments", "gatherings"))).isEmpty();
    }

    @Test
    void the_administrators_pages_have_no_serious_or_critical_violations() {
        assertThat(violations("admin", List.of("users", "municipalities", "cohorts", "roadmap", "admin/audit",
                "admin/backups"))).isEmpty();
    }

    private List<String> violations(String user, List<String> pages) {
        List<String> found = new ArrayList<>();
        try (Browser browser = new Browser(port, 1280)) {
            browser.login(user, "galopp-demo");
            for (String page : pages) {
                browser.open(page);
                Results results = new AxeBuilder().withTags(TAGS).analyze(browser.driver);
                for (Rule rule : results.getViolations()) {
                    if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                        found.add(user + " /" + page + ": " + rule.getImpact() + " " + rule.getId() + " on "
                                + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
                    }
                }
            }
        }
        return found;
    }
}
