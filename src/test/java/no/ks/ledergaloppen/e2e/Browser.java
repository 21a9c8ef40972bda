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
            press(backwards ? Keys.chord(Keys.SHIFT, Keys.TAB) : Keys.TAB);
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
                const shows = e => {
                    if (e.hasAttribute && e.hasAttribute('focus-ring')) return true;
                    // Lumo draws some rings on a pseudo-element (a grid's focused cell on its ::before)
                    return [null, '::before', '::after'].some(p => {
                        const s = getComputedStyle(e, p);
                        return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
                    });
                };
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

    /** Whether the focused element passes a JavaScript test on {@code el}, as in {@link #tabTo}. */
    boolean focusIs(String jsTest) {
        return Boolean.TRUE.equals(js("const el = arguments[0]; return !!el && !!(" + jsTest + ");", focused()));
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

    /** The text of the first element matching {@code css} as the user reads it, or "" when there is none. */
    String text(String css) {
        return String.valueOf(js("const e = document.querySelector(arguments[0]);"
                + " return e ? (e.innerText || e.textContent || '').trim() : '';", css));
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
