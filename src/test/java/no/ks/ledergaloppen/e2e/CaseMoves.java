package no.ks.ledergaloppen.e2e;

import static no.ks.ledergaloppen.e2e.Keyboard.deep;
import static no.ks.ledergaloppen.e2e.Keyboard.inside;
import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.Keys;

/** "Flytt fase" on the case header, with the keyboard alone: the dialog, its refusal and its way out. */
final class CaseMoves {

    private static final String OPENER = inside("vaadin-button#move-phase");
    private final Browser browser;

    CaseMoves(Browser browser) {
        this.browser = browser;
    }

    /** A move without a reason is refused under the reason field; Escape closes the dialog, back on "Flytt fase". */
    void emptyReasonIsRefusedAndEscapeCloses() {
        openDialog();
        chooseTarget("3 ");
        browser.tabTo(inside("vaadin-button#confirm-move"));
        browser.press(Keys.ENTER);
        browser.waitUntil("document.querySelector('vaadin-text-area#move-reason[invalid]')");
        assertThat(browser.text("vaadin-text-area#move-reason [slot=error-message]")).isEqualTo("Må fylles ut");
        browser.press(Keys.ESCAPE);
        browser.waitUntil("!document.querySelector('vaadin-dialog[opened]')");
        assertThat(browser.focusIs(OPENER)).as("after Escape the focus is back on \"Flytt fase\", not on "
                + browser.describeFocused()).isTrue();
    }

    /** Opens the dialog, picks the phase whose label starts with {@code prefix}, gives the reason and moves. */
    void moveTo(String prefix, String reason) {
        openDialog();
        chooseTarget(prefix);
        browser.tabTo(inside("vaadin-text-area#move-reason"));
        browser.type(reason);
        browser.tabTo(inside("vaadin-button#confirm-move"));
        browser.press(Keys.ENTER);
        browser.waitUntil("!document.querySelector('vaadin-dialog[opened]')"
                + " && document.querySelector('li[aria-current=step]').textContent.startsWith('" + prefix + "')");
        assertThat(browser.text("vaadin-notification-card, vaadin-notification-container")).contains("Saken er flyttet");
        browser.assertFocusVisible();
        assertThat(browser.focusIs(OPENER)).as("after the move the focus is on \"Flytt fase\", not on "
                + browser.describeFocused()).isTrue();
    }

    /** The header's track shows the new phase as the current one, the left one as visited, and says it was a move back. */
    void headerSaysMovedBackTo(String phase, String from) {
        assertThat(browser.text("li[aria-current=step]")).contains(phase).contains("nåværende fase");
        assertThat(browser.text("#moved-back")).startsWith("Flyttet tilbake fra " + from);
    }

    private void openDialog() {
        browser.tabToward("vaadin-button#move-phase");
        browser.press(Keys.ENTER);
        browser.waitUntil("document.querySelector('vaadin-dialog[opened] vaadin-combo-box#move-target, vaadin-combo-box#move-target')");
        assertThat(browser.focusIs(inside("vaadin-dialog, vaadin-dialog-overlay"))).as("the dialog has the focus, not "
                + browser.describeFocused()).isTrue();
    }

    /** ArrowDown opens the phase list and moves through it; Enter takes the phase. */
    private void chooseTarget(String prefix) {
        if (!browser.focusIs(inside("vaadin-combo-box#move-target"))) {
            browser.tabTo(inside("vaadin-combo-box#move-target"));
        }
        browser.pressUntil(Keys.ARROW_DOWN, "(" + deep("vaadin-combo-box-item[focused]") + "?.textContent || '').trim()"
                + ".startsWith('" + prefix + "')", 8);
        browser.press(Keys.ENTER);
        assertThat(browser.js("return document.querySelector('vaadin-combo-box#move-target input').value")).asString()
                .startsWith(prefix);
    }
}
