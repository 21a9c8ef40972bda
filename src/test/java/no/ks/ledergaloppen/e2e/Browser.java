package no.ks.ledergaloppen.e2e;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, never a downloaded browser. When either is
 * missing or cannot start, the check fails with a message saying what to install: it never skips.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("e2e.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");

    final WebDriver driver;
    private final String base;

    Browser(int port, int width) {
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException("The browser checks need " + CHROMIUM + " and " + DRIVER
                    + ": apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=" + width + ",900", "--lang=nb");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.base = "http://localhost:" + port + "/";
    }

    /** Logs in through the login page and waits until the app has left it. */
    void login(String username, String password) {
        driver.get(base + "login");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field input"))).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-password-field input")).sendKeys(password, Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Opens a page of the app and waits until Vaadin has drawn it and gone quiet. */
    void open(String path) {
        driver.get(base + path);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js("return !!document.querySelector('main, [role=main], vaadin-app-layout, h1')"
                        + " && window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    /** Waits until Vaadin has answered every request the page sent (after a key press that reached the server). */
    void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js(
                "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))")));
    }

    // --- Keyboard only ----------------------------------------------------------------------------------

    /** The element that has the focus, looking into shadow roots: what a keyboard user is on. */
    WebElement focused() {
        return (WebElement) js("let a = document.activeElement;"
                + " while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a;");
    }

    /** The focused element in words (tag, id, label or text), for a failure message. */
    String describeFocused() {
        return String.valueOf(js("""
                let a = document.activeElement;
                while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
                if (!a) return 'nothing';
                const host = a.getRootNode().host;
                const label = a.getAttribute('aria-label') || (host && host.getAttribute('aria-label'))
                    || (a.labels && a.labels[0] && a.labels[0].textContent) || (a.textContent || '').trim().slice(0, 60);
                return a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') + (host ? ' in ' + host.tagName.toLowerCase()
                    + (host.id ? '#' + host.id : '') : '') + ' "' + label + '"';
                """));
    }

    /**
     * Presses keys, as one would on a keyboard, on whatever has the focus; then waits for the server. In a
     * {@code Keys.chord(Keys.SHIFT, Keys.TAB)} the modifiers are held down while the other keys are pressed
     * (Actions.sendKeys alone presses and releases Shift before the Tab, which made Shift+Tab a Tab).
     */
    void press(CharSequence... keys) {
        Actions actions = new Actions(driver);
        for (CharSequence key : keys) {
            List<CharSequence> held = new ArrayList<>();
            StringBuilder rest = new StringBuilder();
            key.codePoints().forEach(c -> {
                if (rest.isEmpty() && MODIFIERS.indexOf(c) >= 0) {
                    held.add(String.valueOf((char) c));
                } else if (c != Keys.NULL.charAt(0)) {
                    rest.appendCodePoint(c);
                }
            });
            held.forEach(actions::keyDown);
            if (!rest.isEmpty()) {
                actions.sendKeys(rest);
            }
            held.reversed().forEach(actions::keyUp);
        }
        actions.perform();
        settle();
    }

    private static final String MODIFIERS = "" + Keys.SHIFT + Keys.CONTROL + Keys.ALT + Keys.META;

    /** Types text into whatever has the focus, key by key. */
    void type(String text) {
        press(text);
    }

    /**
     * Presses Tab (or Shift+Tab when {@code backwards}) until the focused element matches a JavaScript test on
     * {@code el} (the focused element, shadow roots included, e.g. {@code el.closest('#save')}), checking on every
     * stop that the focus can be seen. Fails with the stops passed when it is not reached within {@code maxStops}.
     */
    void tabTo(String jsTest, boolean backwards, int maxStops) {
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < maxStops; i++) {
            if (backwards) {
                pressWith(Keys.SHIFT, Keys.TAB); // a chord in press() arrives as Shift, then Tab on its own
            } else {
                press(Keys.TAB);
            }
            assertFocusVisible();
            if (Boolean.TRUE.equals(js("const el = arguments[0]; return !!(" + jsTest + ");", focused()))) {
                return;
            }
            passed.add(describeFocused());
        }
        throw new AssertionError("Keyboard: " + jsTest + " not reached in " + maxStops + " Tab stops; passed " + passed);
    }

    void tabTo(String jsTest) {
        tabTo(jsTest, false, 60);
    }

    /**
     * The focused element shows that it has the focus: an outline or a shadow on it or on the component
     * around it, or Vaadin's {@code focus-ring} (which Lumo draws), and nothing in app.css took it away.
     */
    void assertFocusVisible() {
        Object seen = js("""
                let a = document.activeElement;
                while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
                if (!a || a === document.body) return 'nothing has the focus';
                const drawn = s => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
                // a grid cell draws its focus ring on ::before (Lumo), so the pseudo-elements count too
                const shows = e => (e.hasAttribute && e.hasAttribute('focus-ring')) || drawn(getComputedStyle(e))
                    || drawn(getComputedStyle(e, '::before')) || drawn(getComputedStyle(e, '::after'));
                for (let e = a, i = 0; e && i < 6; i++) {
                    if (e.nodeType === 1 && shows(e)) return 'yes';
                    e = e.parentNode instanceof ShadowRoot ? e.parentNode.host : e.parentNode;
                }
                return 'no visible focus on ' + a.outerHTML.slice(0, 160);
                """);
        if (!"yes".equals(seen)) {
            throw new AssertionError("Keyboard: " + seen);
        }
    }

    /** Waits two frames, for the browser to lay the page out again (after the screen changed), and for the server. */
    void afterLayout() {
        ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)));");
        settle();
    }

    /** A Chrome DevTools command, e.g. to emulate another screen. */
    void cdp(String command, java.util.Map<String, Object> parameters) {
        ((ChromeDriver) driver).executeCdpCommand(command, parameters);
    }

    // --- Journey 2, the facilitator (FacilitatorJourneyE2e) ----------------------------------------------

    /**
     * Tab (checking the focus can be seen) past the end of the page and once more, so the focus is on the first stop
     * at the page's top: where a keyboard user starts over, wherever a page change left the focus.
     */
    void tabToTheTop() {
        for (int i = 0; i < 120; i++) {
            press(Keys.TAB);
            if (Boolean.TRUE.equals(js("return arguments[0] === document.body", focused()))) {
                press(Keys.TAB);
                assertFocusVisible();
                return;
            }
            assertFocusVisible();
        }
        throw new AssertionError("Keyboard: the end of the page not reached in 120 Tab stops");
    }

    /** Waits (30 s) until a JavaScript condition (a script that returns a boolean) holds, e.g. what the user should see. */
    void waitFor(String script) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js(script)));
        settle();
    }

    /** The text shown by the first element a CSS selector finds, trimmed; empty when there is none. */
    // --- Admin journey (AdminJourneyE2e): logging in by keyboard, fields, messages -------------------------

    /**
     * A JavaScript test that {@code el} is inside an element matching {@code css}, across shadow roots (a
     * vaadin-menu-bar's buttons and a side-nav item's link sit in shadow DOM, where {@code closest} stops).
     */
    static String inside(String css) {
        return "((e) => { while (e) { if (e.closest && e.closest('" + css + "')) return true;"
                + " const r = e.getRootNode(); e = r && r.host; } return false; })(el)";
    }

    /** Whether the focused element passes a JavaScript test on {@code el}, as {@link #tabTo} checks it. */
    boolean focusIs(String jsTest) {
        return Boolean.TRUE.equals(js("const el = arguments[0]; return !!el && !!(" + jsTest + ");", focused()));
    }

    /** Tabs to the target, unless the focus is on it already (a field that takes the focus when the page opens). */
    void reach(String jsTest) {
        if (!focusIs(jsTest)) {
            tabTo(jsTest);
        }
        assertFocusVisible();
    }

    /** Logs in as a person would at the login page: the address typed, Tab to the fields, typing, Enter. */
    void loginWithKeyboard(String username, String password) {
        open("login");
        reach(inside("vaadin-text-field[name=username]"));
        type(username);
        tabTo(inside("vaadin-password-field[name=password]"));
        type(password);
        press(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));
        awaitPage();
    }

    /** Waits, after the app moved to another page by itself (a redirect), until that page is drawn and quiet. */
    void awaitPage() {
        waitUntil("a page of the app drawn", "document.querySelector('main, [role=main], vaadin-app-layout, h1')"
                + " && window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients");
        settle();
    }

    /**
     * Picks {@code label} in the focused combo box as one does by keyboard: Arrow Down opens the list (or moves
     * on in it) until the highlighted item is the one, Enter takes it. Fails when the field then shows another.
     */
    void pick(String comboCss, String label) {
        String highlighted = "(document.querySelector('vaadin-combo-box-item[focused]') || {}).innerText";
        for (int i = 0; i < 30 && !label.equals(js("return " + highlighted)); i++) {
            press(Keys.ARROW_DOWN);
        }
        press(Keys.ENTER);
        Object shown = js("return document.querySelector(arguments[0]).inputElement.value", comboCss);
        if (!label.equals(shown)) {
            throw new AssertionError("Keyboard: " + comboCss + " shows \"" + shown + "\", not \"" + label + "\"");
        }
    }

    /** Waits until no overlay (dialog, calendar, list) is still opening or closing, looking into shadow roots. */
    void awaitOverlaysSettled() {
        waitUntil("overlays done opening or closing", "!(function busy(root) { return !!root.querySelector('[opening], [closing]')"
                + " || Array.from(root.querySelectorAll('*')).some(e => e.shadowRoot && busy(e.shadowRoot)); })(document)");
    }

    /**
     * After the app moved to another page with the focus in something now gone (a dialog's button), the focus
     * is lost: the first Tab leaves the page for the browser's own controls, and a keyboard user presses Tab
     * again to come back in at the top. Does that; nothing when the app put the focus somewhere itself.
     */
    void returnAfterPageChange() {
        awaitOverlaysSettled();
        for (int i = 0; i < 2 && focusIs("el === document.body"); i++) {
            press(Keys.TAB);
        }
        assertFocusVisible();
    }

    /**
     * Tabs to a control in the top bar by the shorter way a user would take: forwards from before it in the bar,
     * backwards (Shift+Tab) from the side navigation or the page, which come after the bar.
     */
    void tabToTopBar(String css) {
        returnAfterPageChange();
        boolean before = Boolean.TRUE.equals(js("""
                let n = arguments[0];
                while (n.getRootNode() !== document) n = n.getRootNode().host;
                const target = document.querySelector(arguments[1]);
                return !!n.closest('[slot^=navbar]') && !!(n.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);
                """, focused(), css));
        tabTo(inside(css), !before, 60);
    }

    /**
     * Presses a key while holding a modifier (Shift+Tab, Ctrl+A). {@code press(Keys.chord(...))} does not do it:
     * Actions sends the modifier and the key one after the other, so Shift+Tab arrives as a plain Tab.
     */
    void pressWith(Keys modifier, CharSequence key) {
        new Actions(driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
        settle();
    }

    /** Replaces what the focused field holds with {@code text}: Ctrl+A, then typing over it. */
    void retype(String text) {
        pressWith(Keys.CONTROL, "a");
        type(text);
    }

    /** Waits until a JavaScript condition on the page holds (what the user would see), failing with {@code what}. */
    void waitUntil(String what, String jsCondition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(what)
                .until(d -> Boolean.TRUE.equals(js("return !!(" + jsCondition + ");")));
    }

    /** The text of the first element matching {@code css}, as shown ("" when there is none). */
    String text(String css) {
        return String.valueOf(js("const e = document.querySelector(arguments[0]); return e ? e.innerText.trim() : '';", css));
    }

    /** The names of the municipalities the cohort dashboard shows (its visible case links), top to bottom. */
    List<String> rowLinks() {
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) js("return [...document.querySelectorAll('#dashboard-grid a[id^=case-link-]')]"
                + ".filter(a => a.checkVisibility()).map(a => a.textContent.trim());");
        return names;
    }

    /** Whether the grid row that has the keyboard focus shows a text in one of its cells. */
    boolean focusedRowHas(String text) {
        return Boolean.TRUE.equals(js("""
                const tr = arguments[0] && arguments[0].closest && arguments[0].closest('tr');
                return !!tr && [...tr.querySelectorAll('slot')]
                    .some(s => s.assignedElements().some(c => c.textContent.includes(arguments[1])));
                """, focused(), text));
    }

    // --- end of journey 2 --------------------------------------------------------------------------------
    /** The message shown under a field ("" when the field is not marked invalid). */
    String errorUnder(String fieldCss) {
        return String.valueOf(js("""
                const f = document.querySelector(arguments[0]);
                const m = f && f.querySelector('[slot=error-message]');
                return f && f.hasAttribute('invalid') && m ? m.textContent.trim() : '';
                """, fieldCss));
    }

    /** The texts of the notifications on screen. */
    String notifications() {
        return String.valueOf(js("return Array.from(document.querySelectorAll('vaadin-notification-card'))"
                + ".map(c => c.innerText.trim()).join(' | ');"));
    }

    /** Saves what the browser shows to {@code file}, saying where the page and the focus were: for a failure. */
    void saveScreenshot(String file) {
        try {
            File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.FILE);
            java.nio.file.Files.copy(shot.toPath(), java.nio.file.Path.of(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.err.println("Screenshot " + file + " of " + driver.getCurrentUrl() + ", focus on " + describeFocused());
        } catch (RuntimeException | java.io.IOException e) {
            System.err.println("No screenshot: " + e);
        }
    }

    // --- End of the admin journey's helpers --------------------------------------------------------------

    // --- Participant journey (ParticipantJourneyE2e) ------------------------------------------------------

    /** A JavaScript test on {@code el} that holds when el, or a component around it across shadow roots, matches {@code css}. */
    static String within(String css) {
        return "((e) => { while (e) { if (e.closest && e.closest('" + css + "')) return true;"
                + " const r = e.getRootNode(); e = r && r.host; } return false; })(el)";
    }

    /** A JavaScript expression for the first element matching {@code css} anywhere on the page, shadow roots included. */
    static String deep(String css) {
        return "((s) => { const walk = (root) => { const f = root.querySelector(s); if (f) return f;"
                + " for (const e of root.querySelectorAll('*')) { if (e.shadowRoot) { const g = walk(e.shadowRoot); if (g) return g; } }"
                + " return null; }; return walk(document); })('" + css + "')";
    }

    /**
     * Tabs to the component matching {@code css}: Shift+Tab when it is further up the page than the focus (as one
     * goes back up to the side navigation from a page's content), Tab otherwise.
     */
    void tabToward(String css) {
        if (focusIs(within(css))) {
            return;
        }
        boolean up = Boolean.TRUE.equals(js("let f = arguments[0]; while (f && f.getRootNode() !== document) f = f.getRootNode().host;"
                + " const t = document.querySelector(arguments[1]);"
                + " return !!f && !!t && f !== document.body && !!(t.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING);",
                focused(), css));
        tabTo(within(css), up, 60);
    }

    /**
     * After a page change that left the focus nowhere (on the body), Shift+Tab brings a keyboard user back into the
     * page, on the side navigation's last item: Tab from there would leave the page when the old page's focused
     * element was near its end. Once the focus goes to the heading on navigation, this does nothing.
     */
    void backIntoThePage() {
        if (focusIs("el === document.body")) {
            press(Keys.chord(Keys.SHIFT, Keys.TAB));
        }
    }

    /** Presses a key until the focused element passes a JavaScript test on {@code el}; fails after {@code max} presses. */
    void pressUntil(CharSequence key, String jsTest, int max) {
        for (int i = 0; i < max && !focusIs(jsTest); i++) {
            press(key);
        }
        if (!focusIs(jsTest)) {
            throw new AssertionError("Keyboard: " + jsTest + " not reached with " + max + " presses; on " + describeFocused());
        }
    }

    /** Waits (30 s) until a JavaScript expression about the page holds, such as a text the user would read. */
    void waitUntil(String jsCondition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js("return !!(" + jsCondition + ");")));
    }

    /** F5: reloads the page and waits until Vaadin has drawn it again and gone quiet. */
    void reload() {
        driver.navigate().refresh();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js(
                "return document.readyState === 'complete' && !!document.querySelector('vaadin-app-layout');")));
        settle();
    }

    /** Saves what the browser shows to {@code /tmp/<name>.png}, for a failing check to be looked at. */
    void screenshot(String name) {
        try {
            java.nio.file.Files.copy(((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
                    java.nio.file.Path.of("/tmp", name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("No screenshot: " + e);
        }
    }

    // --- end of participant journey helpers --------------------------------------------------------------

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
