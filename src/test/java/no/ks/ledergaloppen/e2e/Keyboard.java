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
 * What a keyboard user does in the browser, and what they see of the focus: Tab and Shift+Tab to a target
 * (checking at every stop that the focus can be seen), keys pressed with modifiers held, fields typed into,
 * lists picked from. Every press waits for the server to answer. {@link Browser} is the browser itself.
 */
abstract class Keyboard {

    final WebDriver driver;

    Keyboard(WebDriver driver) {
        this.driver = driver;
    }

    /** Waits until Vaadin has answered every request the page sent (after a key press that reached the server). */
    void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js(
                "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))")));
    }

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

    /**
     * Tab (checking the focus can be seen) past the end of the page and once more, so the focus is on the first stop
     * at the page's top: where a keyboard user starts over, wherever a page change left the focus.
     */
    void tabToTheTop() {
        if (focusIs("el.id === 'page-title'")) {
            assertFocusVisible(); // the app put the focus on the page's heading after moving there: the top already
            return;
        }
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

    /**
     * Waits (30 s) until a JavaScript condition on the page holds (what the user would see), failing with
     * {@code what}; then until the server has answered what the page sent meanwhile.
     */
    void waitUntil(String what, String jsCondition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(what)
                .until(d -> Boolean.TRUE.equals(js("return !!(" + jsCondition + ");")));
        settle();
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
        if (focusIs(inside(css))) {
            return;
        }
        boolean up = Boolean.TRUE.equals(js("let f = arguments[0]; while (f && f.getRootNode() !== document) f = f.getRootNode().host;"
                + " const t = document.querySelector(arguments[1]);"
                + " return !!f && !!t && f !== document.body && !!(t.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING);",
                focused(), css));
        tabTo(inside(css), up, 60);
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

    /** {@link #waitUntil(String, String)}, failing with the condition itself. */
    void waitUntil(String jsCondition) {
        waitUntil(jsCondition, jsCondition);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
