package no.ks.ledergaloppen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.ks.ledergaloppen.TestCases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journey 2 of issue 11, keyboard only: the facilitator Kari finds the stalled municipality of Pilot i vest on the
 * cohort dashboard, opens its case, returns Tysvær's handed-in answer with feedback and releases it; Tysvær's
 * rådmann Lars then reads it. Tysvær's is the one handed-in answer outside Haugesund (journey 1 works on Haugesund).
 */
@E2eTest
class FacilitatorJourneyE2e {

    private static final String PASSWORD = "galopp-demo";
    private static final String STALLED = "Tysvær kommune";
    private static final String ASSIGNMENT = "Formuler det egentlige behovet i saken";
    private static final String FEEDBACK = "Godt at dere bruker søkernes egne ord. Hva sier søkerne selv om ventetiden?";

    @LocalServerPort
    int port;
    @Autowired
    TestCases demo;

    private Browser browser;

    @Test
    void a_facilitator_finds_the_stalled_municipality_opens_its_case_returns_its_answer_with_feedback_and_the_participant_reads_it_with_the_keyboard_alone()
            throws Exception {
        try (Browser b = new Browser(port, 1280)) {
            browser = b;
            try {
                logIn("kari");
                openTheDashboardOfPilotIVest();
                filterTheStalledMunicipalities();
                openTheStalledCase();
                openTheAssignmentFromTheSideNavigation();
                returnTheAnswerWithFeedbackKeptBack();
                releaseTheFeedback();
                logOut();
                logIn("lars");
                readTheFeedbackOnTheAnswer();
            } catch (AssertionError | RuntimeException e) {
                b.screenshot("journey-facilitator-failure");
                throw new AssertionError(e.getMessage() + " (focus on " + b.describeFocused() + ")", e);
            }
        }
    }

    /** The login page as typed into the address bar: the username field has the focus already. */
    private void logIn(String username) {
        browser.open("login"); // typed into the address bar
        assertThat(browser.js("return arguments[0].closest('vaadin-text-field') && arguments[0].tagName",
                browser.focused())).as("the username field has the focus").isEqualTo("INPUT");
        browser.type(username);
        browser.tabTo("el.closest('vaadin-password-field') && el.tagName === 'INPUT'");
        browser.type(PASSWORD);
        browser.press(Keys.ENTER);
        browser.waitUntil("!location.pathname.endsWith('/login') && !!document.querySelector('#home')");
        browser.tabToTheTop();
        assertThat(browser.text("h1.page-title")).isEqualTo("Hjem");
    }

    /** The home page's card of Pilot i vest counts the flags and links to its dashboard. */
    private void openTheDashboardOfPilotIVest() {
        String link = (String) browser.js("return [...document.querySelectorAll('#home .card')]"
                + ".find(c => c.querySelector('.card-title').textContent === 'Pilot i vest')"
                + ".querySelector('[id^=open-dashboard-]').id");
        assertThat(browser.text("#" + link.replace("open-dashboard-", "cohort-flags-"))).contains("står stille");
        browser.tabTo("el.closest('#" + link + "')");
        browser.press(Keys.ENTER);
        browser.waitUntil("location.pathname.endsWith('/dashboard') && !!document.querySelector('#dashboard-grid')");
        assertThat(browser.text("#dashboard-cohort")).isEqualTo("Pilot i vest");
        browser.tabToTheTop();
        assertThat(rowLinks()).hasSize(5);
    }

    /** "Står stille" is a toggle chip; the filter is kept in the address, so a reload keeps it. */
    private void filterTheStalledMunicipalities() {
        browser.tabTo("el.closest('#filter-stalled')");
        browser.press(Keys.SPACE);
        browser.waitUntil("document.querySelector('#filter-stalled').getAttribute('aria-pressed') === 'true'");
        assertThat(browser.text("#filter-stalled")).isEqualTo("Står stille (1)");
        assertThat(browser.driver.getCurrentUrl()).endsWith("?flagg=stalled");
        assertStalledRowsOnly();
        browser.driver.navigate().refresh();
        browser.waitUntil("!!document.querySelector('#dashboard-grid')");
        browser.tabToTheTop();
        assertThat(browser.js("return document.querySelector('#filter-stalled').getAttribute('aria-pressed')"))
                .isEqualTo("true");
        assertStalledRowsOnly();
    }

    private void assertStalledRowsOnly() {
        browser.waitUntil("document.querySelector('#dashboard-shown').textContent.startsWith('Viser 1 av 5')");
        assertThat(rowLinks()).containsExactly(STALLED);
        assertThat(browser.text("#dashboard-grid .flag-stalled")).isEqualTo("Står stille");
    }

    /** Tab reaches the grid's row, Enter the municipality's link in it, and Enter again opens the case workspace. */
    private void openTheStalledCase() {
        long caseId = demo.idOf(STALLED);
        followTheLinkInRow("dashboard-grid", STALLED);
        browser.waitUntil("location.pathname.endsWith('/cases/" + caseId + "') && !!document.querySelector('#case-title')");
        assertThat(browser.text(".case-header .muted")).startsWith(STALLED + " · Pilot i vest");
    }

    /** Into a grid's body with Tab, down to the row with the arrow keys, Enter to its link and Enter to follow it. */
    private void followTheLinkInRow(String grid, String row) {
        downToTheRowOf(grid, row);
        browser.press(Keys.ENTER);
        assertThat(browser.describeFocused()).startsWith("a#").contains(row);
        browser.press(Keys.ENTER);
    }

    /** Tab into the grid's body (its first row), then ArrowDown until the focused row is the one named. */
    private void downToTheRowOf(String grid, String row) {
        browser.tabTo("el.matches('td') && el.getRootNode().host && el.getRootNode().host.id === '" + grid + "'");
        for (int i = 0; i < 8 && !focusedRowHas(row); i++) {
            browser.press(Keys.ARROW_DOWN);
        }
        assertThat(focusedRowHas(row)).as("the row of " + row + " reached with the arrow keys").isTrue();
    }

    /** From the top of the page to the side navigation's "Oppgaver", then to the assignment's link in the list. */
    private void openTheAssignmentFromTheSideNavigation() {
        browser.tabToTheTop();
        browser.tabTo("el.closest('a') && el.getRootNode().host && el.getRootNode().host.matches('vaadin-side-nav-item')"
                + " && new URL(el.href).pathname === '/assignments'");
        browser.press(Keys.ENTER);
        browser.waitUntil("!!document.querySelector('#given-assignments')");
        assertThat(browser.text("h1.page-title")).isEqualTo("Oppgaver");
        followTheLinkInRow("given-assignments", ASSIGNMENT);
        browser.waitUntil("!!document.querySelector('#answer-overview')");
        browser.tabToTheTop();
        assertThat(browser.text("#assignment-title")).isEqualTo(ASSIGNMENT);
    }

    /** Arrow keys to Tysvær's row in "Status per kommune", Space chooses it; the feedback is written and kept back. */
    private void returnTheAnswerWithFeedbackKeptBack() {
        downToTheRowOf("answer-overview", STALLED);
        browser.press(Keys.SPACE);
        browser.waitUntil("!!document.querySelector('#answer-review-heading')");
        assertThat(browser.text("#answer-review-heading")).isEqualTo("Svar fra " + STALLED);
        assertThat(browser.text("#review-text")).contains("venter i snitt sju uker");
        browser.tabTo("el.closest('vaadin-text-area#feedback-text')");
        browser.type(FEEDBACK);
        browser.tabTo("el.closest('vaadin-checkbox#release-feedback-now')");
        browser.press(Keys.SPACE);
        assertThat(browser.js("return document.querySelector('#release-feedback-now').checked")).isEqualTo(false);
        browser.tabTo("el.closest('#return-answer')");
        browser.press(Keys.ENTER);
        assertDoneWithTheFocusOnTheAnswer("Svaret er sendt tilbake");
        assertThat(browser.text("#answer-review")).contains("Sendt tilbake for revisjon").contains(FEEDBACK)
                .contains("Ikke frigitt");
    }

    /** The answer shown again after the verdict, with the focus on its heading (not dropped on the page). */
    private void assertDoneWithTheFocusOnTheAnswer(String notification) {
        browser.waitUntil("[...document.querySelectorAll('vaadin-notification-card')]"
                + ".some(n => n.textContent.includes('" + notification + "'))");
        browser.waitUntil("!!document.querySelector('#answer-review-heading')");
        assertThat(browser.describeFocused()).startsWith("h3#answer-review-heading");
        browser.assertFocusVisible();
    }

    /** "Frigi tilbakemeldingen" is the next stop after the kept-back feedback; then the municipality can read it. */
    private void releaseTheFeedback() {
        browser.tabTo("el.closest('#release-feedback')");
        browser.press(Keys.ENTER);
        assertDoneWithTheFocusOnTheAnswer("Tilbakemeldingen er synlig for kommunen");
        assertThat(browser.text("#answer-feedback")).contains(FEEDBACK).contains("Synlig for kommunen")
                .doesNotContain("Ikke frigitt");
    }

    /** The user menu opens with Enter; the arrow keys reach "Logg ut". */
    private void logOut() {
        browser.tabToTheTop();
        browser.tabTo("el.closest('#user-menu')");
        browser.press(Keys.ENTER);
        browser.waitUntil("!!document.querySelector('vaadin-menu-bar-item#logout, #logout')");
        for (int i = 0; i < 4 && !"logout".equals(browser.js("return arguments[0].id", browser.focused())); i++) {
            browser.press(Keys.ARROW_DOWN);
        }
        assertThat(browser.describeFocused()).as("the menu's item reached with the arrow keys").contains("Logg ut");
        browser.press(Keys.ENTER);
        browser.waitUntil("location.pathname.endsWith('/login')");
    }

    /** Lars's home lists the returned assignment; its page shows the released feedback. */
    private void readTheFeedbackOnTheAnswer() {
        assertThat(browser.text("#due-assignments")).contains(ASSIGNMENT); // marked "Fristen er ute", its due date passed
        browser.tabTo("el.closest('#due-assignments a') && el.textContent === '" + ASSIGNMENT + "'");
        browser.press(Keys.ENTER);
        browser.waitUntil("!!document.querySelector('#answer-feedback')");
        assertThat(browser.text("#answer-feedback")).contains("Tilbakemelding").contains(FEEDBACK)
                .doesNotContain("Ikke frigitt");
        assertThat(browser.text("#answer-head")).contains("Sendt tilbake for revisjon");
    }

    /** The names of the municipalities the cohort dashboard shows (its visible case links), top to bottom. */
    private List<String> rowLinks() {
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) browser.js("return [...document.querySelectorAll('#dashboard-grid a[id^=case-link-]')]"
                + ".filter(a => a.checkVisibility()).map(a => a.textContent.trim());");
        return names;
    }

    /** Whether the grid row that has the keyboard focus shows a text in one of its cells. */
    private boolean focusedRowHas(String text) {
        return Boolean.TRUE.equals(browser.js("""
                const tr = arguments[0] && arguments[0].closest && arguments[0].closest('tr');
                return !!tr && [...tr.querySelectorAll('slot')]
                    .some(s => s.assignedElements().some(c => c.textContent.includes(arguments[1])));
                """, browser.focused(), text));
    }
}
