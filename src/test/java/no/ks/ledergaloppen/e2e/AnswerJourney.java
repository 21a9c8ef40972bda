package no.ks.ledergaloppen.e2e;

import static no.ks.ledergaloppen.e2e.Keyboard.inside;
import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.Keys;

/** A participant's answer to an assignment, with the keyboard alone: from the list to the handed-in answer. */
final class AnswerJourney {

    /** The text of the grid row the focused cell is in, as its cells show it. */
    private static final String ROW_TEXT = "[...(el.parentElement ? el.parentElement.querySelectorAll('slot') : [])]"
            + ".map(s => s.assignedNodes({flatten: true}).map(n => n.textContent).join('')).join(' ')";
    private static final String DRAFT = " Vi ringer pårørende etter første uke.";

    private final Browser browser;

    AnswerJourney(Browser browser) {
        this.browser = browser;
    }

    void writeDraftReloadAndHandIn(String title) {
        openFromTheList(title);
        String typed = typeDraft();
        browser.reload();
        browser.waitUntil("document.querySelector('vaadin-text-area#answer-body')");
        assertThat(browser.js("return document.querySelector('vaadin-text-area#answer-body textarea').value"))
                .as("the draft after F5").isEqualTo(typed);
        handIn(typed);
    }

    /** "Oppgaver" in the side navigation; in the grid, Tab in, arrows to the row, Enter on the title link. */
    private void openFromTheList(String title) {
        browser.tabToward("vaadin-side-nav-item[path=assignments]");
        browser.press(Keys.ENTER);
        browser.waitUntil("document.querySelector('vaadin-grid#my-assignments')");
        // the grid's header row is one Tab stop, its rows the next (arrow keys move within a row group)
        browser.tabTo("el.matches('td') && " + inside("vaadin-grid#my-assignments"));
        browser.pressUntil(Keys.ARROW_DOWN, ROW_TEXT + ".includes('" + title + "')", 6);
        browser.press(Keys.ENTER);
        if (browser.focusIs("el.tagName === 'A'")) {
            browser.press(Keys.ENTER);
        }
        browser.waitUntil("document.querySelector('#assignment-title')");
        assertThat(browser.text("#assignment-title")).isEqualTo(title);
        assertThat(browser.text("#answer-head")).contains("Utkast");
    }

    /**
     * Types at the end of the saved draft: "Endringene er ikke lagret ennå" shows until the editor has saved the
     * text as it stands (at most {@code AnswerEditor.AUTOSAVE_MS} later), then "Lagret" with the new time.
     */
    private String typeDraft() {
        String saved = String.valueOf(browser.js("return document.querySelector('vaadin-text-area#answer-body textarea').value"));
        assertThat(browser.text("#saved-status")).startsWith("Lagret 10:05 av Ola Haugland");
        browser.backIntoThePage();
        browser.tabTo(inside("vaadin-text-area#answer-body"));
        browser.press(Keys.chord(Keys.CONTROL, Keys.END));
        browser.type(DRAFT);
        assertThat(browser.text("#unsaved-status")).isEqualTo("Endringene er ikke lagret ennå");
        browser.waitUntil("document.querySelector('#unsaved-status').hidden");
        assertThat(browser.text("#saved-status")).startsWith("Lagret 09:00 av Ola Haugland");
        return saved + DRAFT;
    }

    /** "Send inn": the answer is read-only, says who handed it in, and the status says "Sendt inn". */
    private void handIn(String typed) {
        browser.tabTo(inside("vaadin-button#submit-answer"));
        browser.press(Keys.ENTER);
        browser.waitUntil("document.querySelector('#answer-text')");
        assertThat(browser.text("#answer-text")).isEqualTo(typed.trim());
        assertThat(browser.text("#answer-head")).contains("Sendt inn");
        assertThat(browser.js("return !document.querySelector('vaadin-text-area#answer-body')")).isEqualTo(true);
        assertThat(browser.text("vaadin-notification-card, vaadin-notification-container")).contains("Svaret er sendt inn");
        browser.assertFocusVisible();
        assertThat(browser.focusIs("el.id === 'answer-heading'")).as("after \"Send inn\" the focus is on the answer's"
                + " heading, not on " + browser.describeFocused()).isTrue();
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
