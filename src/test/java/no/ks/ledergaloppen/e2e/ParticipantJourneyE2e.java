package no.ks.ledergaloppen.e2e;

import static no.ks.ledergaloppen.e2e.Keyboard.inside;
import static org.assertj.core.api.Assertions.assertThat;

import no.ks.ledergaloppen.TestCases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journey 1 of issue 11, with the keyboard alone: Ola (Haugesund kommune, Pilot i vest) logs in, opens his
 * case "Trygg hjemme med digitalt tilsyn" (in Testing), ticks a step, moves the case back a phase with a reason,
 * writes a draft of his answer to "Planlegg en liten test", reloads, finds it and hands it in. At the end the case
 * goes forward to Testing again, so the shared demo data tells the same story to the other browser checks.
 */
@E2eTest
class ParticipantJourneyE2e {

    private static final String ASSIGNMENT = "Planlegg en liten test";

    @LocalServerPort
    int port;
    @Autowired
    TestCases demo;

    @Test
    void a_participant_ticks_a_step_moves_back_a_phase_and_hands_in_an_assignment_with_the_keyboard_alone() {
        long caseId = demo.idOf("Haugesund kommune");
        try (Browser browser = new Browser(port, 1280)) {
            try {
                logIn(browser);
                openOwnCase(browser, caseId);
                assertThat(browser.text("li[aria-current=step]")).startsWith("4 Testing");
                tickAStep(browser);
                CaseMoves moves = new CaseMoves(browser);
                moves.emptyReasonIsRefusedAndEscapeCloses();
                moves.moveTo("3 ", "Testen viste at vi må forstå behovet bedre.");
                moves.headerSaysMovedBackTo("Idéutvikling", "Testing");
                writeDraftReloadAndHandIn(browser);
                openOwnCase(browser, caseId);
                moves.moveTo("4 ", "Vi er tilbake i testingen.");
                assertThat(browser.text("li[aria-current=step]")).startsWith("4 Testing");
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("journey-participant-failure");
                throw e;
            }
        }
    }

    /** The login page: Tab to the username, type it, Tab, type the password, Enter; Ola lands on his home page. */
    private void logIn(Browser browser) {
        browser.open("login");
        if (!browser.focusIs(inside("vaadin-text-field[name=username]"))) {
            browser.tabTo(inside("vaadin-text-field[name=username]"));
        }
        browser.type("ola");
        browser.press(Keys.TAB);
        assertThat(browser.focusIs(inside("vaadin-password-field"))).as("Tab from the username goes to the password").isTrue();
        browser.type("galopp-demo");
        browser.press(Keys.ENTER);
        browser.waitUntil("!location.pathname.endsWith('/login') && document.querySelector('#home')");
        assertThat(browser.text("#home h2")).contains("Ola");
    }

    /** "Saker" in the side navigation, then the case's link in the leader group's own list. */
    private void openOwnCase(Browser browser, long caseId) {
        browser.tabToward("vaadin-side-nav-item[path=cases]");
        browser.press(Keys.ENTER);
        browser.waitUntil("document.querySelector('#case-link-" + caseId + "')");
        browser.tabTo("el.id === 'case-link-" + caseId + "'");
        browser.press(Keys.ENTER);
        browser.waitUntil("document.querySelector('#case-title')");
        assertThat(browser.text("#case-title")).isEqualTo("Trygg hjemme med digitalt tilsyn");
        browser.backIntoThePage();
    }

    /** The Steg tab, Space on the first unticked step: it is ticked, says by whom, and still is after F5; Space unticks it. */
    private void tickAStep(Browser browser) {
        browser.tabTo("el.id === 'tab-steps'");
        browser.press(Keys.ENTER);
        browser.waitUntil("document.querySelector('vaadin-checkbox[id^=step-]')");
        assertThat(browser.text(".checklist h3")).isEqualTo("Steg i fasen Testing");
        String step = String.valueOf(browser.js("return document.querySelector('vaadin-checkbox[id^=step-]:not([checked])').id"));
        browser.tabTo(inside("vaadin-checkbox#" + step));
        browser.press(Keys.SPACE);
        browser.waitUntil("document.querySelector('#" + step + "[checked]')");
        assertThat(browser.text("#" + step + " + vaadin-button + span")).contains("Ola").contains("krysset av");
        assertThat(browser.focusIs(inside("vaadin-checkbox#" + step))).as("the focus stays on the ticked step, on "
                + browser.describeFocused()).isTrue();
        browser.reload();
        browser.waitUntil("document.querySelector('vaadin-checkbox[id^=step-]')");
        assertThat(browser.js("return document.querySelector('#" + step + "').hasAttribute('checked')")).isEqualTo(true);
        // Space again takes the tick away: the demo case keeps the ticks it had for the other browser checks
        browser.tabTo(inside("vaadin-checkbox#" + step));
        browser.press(Keys.SPACE);
        browser.waitUntil("!document.querySelector('#" + step + "[checked]')");
    }

    /** Oppgaver, the draft typed into the answer editor saves itself, survives F5, and "Send inn" hands it in. */
    private void writeDraftReloadAndHandIn(Browser browser) {
        new AnswerJourney(browser).writeDraftReloadAndHandIn(ASSIGNMENT);
    }
}
