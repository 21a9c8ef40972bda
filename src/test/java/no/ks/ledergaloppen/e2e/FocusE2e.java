package no.ks.ledergaloppen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.ks.ledergaloppen.TestCases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Where the keyboard focus goes, in headless Chromium: the skip link first, the page's heading after moving to
 * another page, the open tab after switching tabs; and the main dialogs, opened with Enter on their button, pass
 * axe and give the focus back to that button when Escape closes them.
 */
@E2eTest
class FocusE2e {

    private static final String FOCUSED_ID = "let a = document.activeElement;"
            + " while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a && a.id;";

    @LocalServerPort
    int port;
    @Autowired
    TestCases demo;

    @Test
    void the_first_tab_stop_is_a_skip_link_to_the_content_and_a_new_page_puts_the_focus_on_its_heading() {
        try (Browser browser = new Browser(port, 1280)) {
            browser.login("ola", "galopp-demo");
            browser.open("");
            browser.press(Keys.TAB);
            assertThat(browser.js(FOCUSED_ID)).isEqualTo("skip-link");
            browser.assertFocusVisible();
            browser.press(Keys.ENTER);
            assertThat(browser.js(FOCUSED_ID)).as("Enter on the skip link").isEqualTo("main-content");

            browser.press(Keys.TAB);
            assertThat(browser.js("return !!document.activeElement.closest('main')")).as("the Tab after the skip link")
                    .isEqualTo(true);

            browser.open("");
            browser.tabTo("el.getRootNode().host && el.getRootNode().host.getAttribute('path') === 'assignments'");
            browser.press(Keys.ENTER);
            waitFor(browser, () -> browser.driver.getCurrentUrl().endsWith("/assignments"));
            assertThat(browser.js(FOCUSED_ID)).as("focus after following a menu link").isEqualTo("page-title");
            assertThat(browser.focused().getText()).isEqualTo("Oppgaver");
        }
    }

    @Test
    void switching_a_case_tab_with_the_keyboard_keeps_the_focus_on_the_tab() {
        try (Browser browser = new Browser(port, 1280)) {
            browser.login("ola", "galopp-demo");
            browser.open("cases/" + demo.idOf("Haugesund kommune"));
            browser.tabTo("el.closest('#tab-steps')");
            browser.press(Keys.ENTER);
            waitFor(browser, () -> browser.driver.getCurrentUrl().endsWith("/steps"));
            assertThat(browser.js(FOCUSED_ID)).isEqualTo("tab-steps");
            assertThat(browser.focused().getAttribute("aria-current")).isEqualTo("page");
        }
    }

    @Test
    void the_main_dialogs_pass_axe_and_escape_gives_the_focus_back_to_their_button() {
        long haugesund = demo.idOf("Haugesund kommune");
        List<String> found = new ArrayList<>();
        found.addAll(dialogs("ola", List.of("cases/" + haugesund, "move-phase", "cases/" + haugesund + "/blt", "new-blt",
                "cases/" + haugesund + "/benefits", "add-benefit", "cases", "new-case")));
        found.addAll(dialogs("kari", List.of("assignments", "new-assignment", "gatherings", "new-gathering-")));
        found.addAll(dialogs("admin", List.of("users", "new-user", "cohorts", "new-cohort", "municipalities",
                "new-municipality", "roadmap", "add-step")));
        assertThat(found).isEmpty();
    }

    /** Pairs of page and the id (or the start of the id) of the button that opens a dialog on it. */
    private List<String> dialogs(String user, List<String> pagesAndOpeners) {
        List<String> found = new ArrayList<>();
        try (Browser browser = new Browser(port, 1280)) {
            browser.login(user, "galopp-demo");
            for (int i = 0; i < pagesAndOpeners.size(); i += 2) {
                String page = pagesAndOpeners.get(i);
                String opener = pagesAndOpeners.get(i + 1);
                browser.open(page);
                // the focus put on the button (reaching it with Tab is what the journeys do), Enter opens the dialog
                browser.js("document.querySelector('[id^=\"' + arguments[0] + '\"]').focus()", opener);
                browser.press(Keys.ENTER);
                waitFor(browser, () -> Boolean.TRUE.equals(browser.js("return !!document.querySelector('vaadin-dialog[opened]')")));
                found.addAll(PageChecks.axe(browser, user + " /" + page + " with the dialog of #" + opener));
                browser.press(Keys.ESCAPE);
                waitFor(browser, () -> Boolean.FALSE.equals(browser.js("return !!document.querySelector('vaadin-dialog[opened]')")));
                String back = String.valueOf(browser.js(FOCUSED_ID));
                if (!back.startsWith(opener)) {
                    found.add(user + " /" + page + ": after Escape the focus is on " + browser.describeFocused()
                            + ", not on #" + opener);
                }
            }
        }
        return found;
    }

    private static void waitFor(Browser browser, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> condition.getAsBoolean());
    }
}
