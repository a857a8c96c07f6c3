package org.espejo.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the end-to-end tests: the real application on a random port, driven by Playwright in
 * Debian's Chromium. Without Chromium the tests are skipped with a loud warning, unless
 * {@code -Despejo.browser-tests=required} (as {@code .ci/run} sets it), which fails them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext context;
    protected Page page;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void launchBrowser() {
        Path chromium = Paths.get(System.getProperty("espejo.chromium", "/usr/bin/chromium"));
        boolean required = "required".equals(System.getProperty("espejo.browser-tests", "auto"));
        if (!Files.isExecutable(chromium)) {
            String message = "Chromium not found at " + chromium + ": the browser tests are SKIPPED. "
                    + "Install Debian's chromium (or run .ci/run) to run them.";
            if (required) {
                throw new IllegalStateException(message.replace("SKIPPED", "REQUIRED but cannot run"));
            }
            System.out.println("\n" + "!".repeat(100) + "\n!! " + message + "\n" + "!".repeat(100) + "\n");
            Assumptions.abort(message);
        }
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 800)
                .setLocale("en-US")
                .setAcceptDownloads(true));
        context.setDefaultTimeout(60_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    /** An absolute URL of the running application. */
    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Waits until Vaadin has finished its round trips. */
    protected void settle() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    /** Saves a screenshot under {@code target/screenshots/}. */
    protected Path screenshot(String name) {
        Path file = Paths.get("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(false));
        return file;
    }
}
