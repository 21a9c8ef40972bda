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
final class Browser extends Keyboard implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("e2e.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");

    private final String base;

    Browser(int port, int width) {
        super(chromium(width));
        this.base = "http://localhost:" + port + "/";
    }

    private static WebDriver chromium(int width) {
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
        return new ChromeDriver(service, options);
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

    /** The text of the first element matching {@code css}, as shown ("" when there is none). */
    String text(String css) {
        return String.valueOf(js("const e = document.querySelector(arguments[0]); return e ? e.innerText.trim() : '';", css));
    }

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

    /** F5: reloads the page and waits until Vaadin has drawn it again and gone quiet. */
    void reload() {
        driver.navigate().refresh();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js(
                "return document.readyState === 'complete' && !!document.querySelector('vaadin-app-layout');")));
        settle();
    }

    /** Saves what the browser shows to target/e2e-screenshots/{@code name}.png, for a failing check to be looked at. */
    void screenshot(String name) {
        try {
            java.nio.file.Path file = java.nio.file.Path.of("target", "e2e-screenshots", name + ".png");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.copy(((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(
                    org.openqa.selenium.OutputType.FILE).toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.err.println("Screenshot " + file.toAbsolutePath() + " of " + driver.getCurrentUrl()
                    + ", the focus on " + describeFocused());
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("No screenshot: " + e);
        }
    }

    public void close() {
        driver.quit();
    }
}
