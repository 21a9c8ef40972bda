package no.ks.ledergaloppen.e2e;

import static no.ks.ledergaloppen.e2e.Keyboard.inside;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journey 3 of issue 11, keyboard only: the administrator creates a cohort, enrols a municipality that is in
 * no other cohort (Lier) and adds a new participant to its leader group; the participant logs in with the
 * one-time password, must choose their own, and lands on their home page. Its data is its own: the other
 * browser checks never see this cohort, municipality or user.
 */
@E2eTest
class AdminJourneyE2e {

    private static final String COHORT = "Kull E2E Buskerud";
    private static final String MUNICIPALITY = "Lier kommune";
    private static final String USERNAME = "liv.lier";
    private static final String NAME = "Liv Lieråsen";
    private static final String TITLE = "Kommunedirektør";
    private static final String NEW_PASSWORD = "Bratt bakke langs Lierelva";

    @LocalServerPort
    int port;
    private Browser browser;

    @Test
    void an_administrator_creates_a_cohort_and_a_participant_who_logs_in_changes_the_one_time_password_and_lands_home_with_the_keyboard_alone() {
        try (Browser b = new Browser(port, 1280)) {
            browser = b;
            try {
                browser.loginWithKeyboard("admin", "galopp-demo");
                assertThat(browser.text("#user-menu")).contains("Astrid Berg");
                createCohort();
                enrolMunicipality();
                addParticipant();
                String oneTimePassword = readOneTimePassword();
                logOut();
                browser.loginWithKeyboard(USERNAME, oneTimePassword);
                changePasswordAfterTwoRefusals(oneTimePassword);
                seeOwnHome();
                logOut();
                browser.loginWithKeyboard(USERNAME, NEW_PASSWORD);
                seeOwnHome();
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("journey-admin-failure");
                throw e;
            }
        }
    }

    /** Kull in the side nav, "Nytt kull", the form filled in (dates typed into the pickers), saved. */
    private void createCohort() {
        browser.tabTo("el.tagName === 'A' && new URL(el.href).pathname === '/cohorts'");
        browser.press(Keys.ENTER);
        browser.waitUntil("the cohorts page", "document.querySelector('#new-cohort')");
        browser.tabTo("el.closest('#new-cohort')");
        browser.press(Keys.ENTER);
        browser.reach("el.closest('#cohort-form-name')");
        browser.type(COHORT);
        fill("#cohort-form-region", "Buskerud");
        typeDate("#cohort-form-start", "01.02.2027");
        typeDate("#cohort-form-end", "30.11.2027");
        browser.tabTo("el.closest('#cohort-form-status')");
        browser.pick("#cohort-form-status", "Pågår");
        browser.tabTo("el.closest('#save-cohort')");
        browser.press(Keys.ENTER);
        browser.waitUntil("the new cohort's page", "location.pathname.match(/^\\/cohorts\\/\\d+$/)");
        browser.awaitPage();
        browser.returnAfterPageChange();
        assertThat(browser.text("#cohort-name")).isEqualTo(COHORT);
        assertThat(browser.text("vaadin-app-layout")).contains("Pågår", "Buskerud · 01.02.2027–30.11.2027");
        assertThat(browser.notifications()).contains("Kullet «" + COHORT + "» er opprettet");
    }

    /** A date typed as the user reads it (dd.MM.yyyy), Enter to take it and close the calendar. */
    private void typeDate(String picker, String date) {
        fill(picker, date);
        browser.press(Keys.ENTER);
        // Tab pressed while the calendar is still closing sends the focus into the leaving overlay, then to <body>
        browser.awaitOverlaysSettled();
        assertThat(browser.js("return document.querySelector(arguments[0]).inputElement.value", picker)).isEqualTo(date);
    }

    /** "Kommune": typed to filter, arrow down to the match, Enter; "Meld på". */
    private void enrolMunicipality() {
        fill("#enrol-municipality", "Lier");
        browser.pick("#enrol-municipality", MUNICIPALITY + " (Buskerud)");
        assertThat(browser.js("return document.querySelector('#enrol-municipality input').value"))
                .isEqualTo(MUNICIPALITY + " (Buskerud)");
        browser.tabTo("el.closest('#enrol')");
        browser.press(Keys.ENTER);
        browser.waitUntil("Lier's card", "document.querySelector('[id^=add-member-]')");
        assertThat(browser.text(".card h4")).isEqualTo(MUNICIPALITY);
        assertThat(browser.text(".card .member-list")).isEqualTo("Ingen i ledergruppen ennå");
        assertFocusOn("el.closest('#enrol-municipality')", "back on Kommune, to enrol the next");
        assertThat(browser.notifications()).contains(MUNICIPALITY + " er meldt på");
    }

    /** "Legg til person" on Lier's card, "Ny bruker" (arrow down), the fields, "Legg til". */
    private void addParticipant() {
        browser.tabTo("el.closest('[id^=add-member-]')");
        browser.press(Keys.ENTER);
        browser.reach("el.closest('#member-mode')");
        browser.press(Keys.ARROW_DOWN);
        browser.waitUntil("the new user's fields", "document.querySelector('#username').offsetParent");
        fill("#username", USERNAME);
        fill("#display-name", NAME);
        fill("#email", "liv.lieraasen@lier.kommune.no");
        fill("#member-title", TITLE);
        browser.tabTo("el.closest('#save-member')");
        browser.press(Keys.ENTER);
    }

    /** The one-time password as the dialog shows it once; "Lukk" gives the focus back to "Legg til person". */
    private String readOneTimePassword() {
        browser.waitUntil("the one-time password", "document.querySelector('#one-time-password')");
        assertThat(browser.text("vaadin-dialog[opened]")).contains("Engangspassord for " + NAME,
                "Gi dette passordet til brukeren " + USERNAME + ".", "Passordet vises bare denne ene gangen.");
        String oneTimePassword = browser.text("#one-time-password");
        assertThat(oneTimePassword).matches("[A-Za-z2-9]{14}");
        browser.reach("el.closest('#close-one-time-password')");
        browser.press(Keys.ENTER);
        browser.waitUntil("the dialog closed", "!document.querySelector('#one-time-password')");
        assertThat(browser.text(".card .member-list")).isEqualTo(NAME + " – " + TITLE);
        browser.awaitOverlaysSettled();
        assertFocusOn("el.closest('[id^=add-member-]')", "back on Legg til person");
        return oneTimePassword;
    }

    /** The user menu in the top bar: Enter opens it, arrow down to "Logg ut", Enter. */
    private void logOut() {
        browser.tabToTopBar("#user-menu");
        browser.press(Keys.ENTER);
        for (int i = 0; i < 3 && !browser.focusIs(inside("#logout")); i++) {
            browser.press(Keys.ARROW_DOWN);
        }
        assertFocusOn(inside("#logout"), "on Logg ut");
        browser.press(Keys.ENTER);
        browser.waitUntil("the login page", "location.pathname === '/login'");
        browser.awaitPage();
        assertThat(browser.text("vaadin-login-form")).contains("Logg inn");
    }

    /** Forced to /password: too short, then not the same twice, each said under its field, which gets the focus; then saved. */
    private void changePasswordAfterTwoRefusals(String oneTimePassword) {
        // rerouted, not forwarded: the address bar keeps the page asked for (/?continue), the page is the password's
        assertThat(browser.text("h1")).isEqualTo("Endre passord");
        assertThat(browser.text("#must-change")).isEqualTo("Du har fått et engangspassord. Velg ditt eget passord før du går videre.");
        fill("#current-password", oneTimePassword);
        fill("#new-password", "kort");
        fill("#repeat-password", "kort");
        save();
        assertThat(browser.errorUnder("#new-password")).isEqualTo("Passordet må ha minst 10 tegn");
        assertFocusOn(input("#new-password"), "on the field the message is under");
        browser.retype(NEW_PASSWORD);
        browser.tabTo(input("#repeat-password"));
        browser.retype(NEW_PASSWORD + "!");
        save();
        assertThat(browser.errorUnder("#new-password")).isEmpty();
        assertThat(browser.errorUnder("#repeat-password")).isEqualTo("Passordene er ikke like");
        assertFocusOn(input("#repeat-password"), "on the field the message is under");
        browser.retype(NEW_PASSWORD);
        save();
        browser.waitUntil("home after the password change", "location.pathname === '/'");
        assertThat(browser.notifications()).contains("Passordet er endret");
    }

    /** Tab to a field's own input (not to a password field's show-password button, a Tab stop too) and type. */
    private void fill(String field, String text) {
        browser.tabTo(input(field));
        browser.type(text);
    }

    private static String input(String field) {
        return "el.tagName === 'INPUT' && el.closest('" + field + "')";
    }

    private void assertFocusOn(String jsTest, String where) {
        assertThat(browser.focusIs(jsTest)).as("focus %s, is on %s", where, browser.describeFocused()).isTrue();
        browser.assertFocusVisible();
    }

    private void save() {
        browser.tabTo("el.closest('#save-password')");
        browser.press(Keys.ENTER);
    }

    /** Home: welcomed by name, with the municipality, the cohort, the title and the leader group. */
    private void seeOwnHome() {
        browser.waitUntil("the participant's home", "document.querySelector('#home [id^=membership-]')");
        assertThat(browser.js("return location.pathname")).isEqualTo("/");
        assertThat(browser.text("h1")).isEqualTo("Hjem");
        assertThat(browser.text("#home h2")).isEqualTo("Velkommen, " + NAME);
        assertThat(browser.text("[id^=membership-] h3")).isEqualTo(MUNICIPALITY);
        assertThat(browser.text("[id^=membership-]")).contains("Kull: " + COHORT, "Din rolle: " + TITLE);
        assertThat(browser.text("#leader-group")).isEqualTo(NAME + " – " + TITLE);
        assertThat(browser.text("#user-menu")).contains(NAME);
    }
}
