package org.espejo.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the workbench in a real browser against a running Espejo (not a test: timings on a
 * shared machine are reported, never asserted):
 * <ol>
 *   <li>time from clicking "Compare" to the first rows shown, for the whole Quijote;</li>
 *   <li>time to scroll the compare view from the top to the bottom, a screen at a time, with
 *       rows rendering lazily;</li>
 *   <li>server heap per open compare session (with {@code --pid}, via {@code jcmd}).</li>
 * </ol>
 * Usage, with Espejo running on port 8080:
 * {@code java -cp target/classes:target/test-classes:$(cat target/test-cp.txt) org.espejo.benchmark.UiBenchmark
 * ../shared/corpora/scale/quijote [--runs 3] [--pid PID] [--url http://localhost:8080]}
 */
public final class UiBenchmark {

    private static final Pattern ROWS = Pattern.compile("([\\d,.\\u00a0\\u202f]+) rows");

    private UiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Paths.get(args.length > 0 ? args[0] : "../shared/corpora/scale/quijote");
        List<String> options = Arrays.asList(args);
        int runs = Integer.parseInt(option(options, "--runs", "3"));
        String url = option(options, "--url", "http://localhost:8080");
        String pid = option(options, "--pid", "");
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));
            List<Double> toFirstRows = new ArrayList<>();
            List<Double> toBottom = new ArrayList<>();
            String compareUrl = null;
            for (int run = 0; run < runs; run++) {
                try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
                    Page page = context.newPage();
                    page.setDefaultTimeout(600_000);
                    try {
                        toFirstRows.add(compare(page, url, corpus));
                    } catch (RuntimeException e) {
                        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "ui-benchmark-failure.png")));
                        throw e;
                    }
                    compareUrl = page.url();
                    toBottom.add(scrollToBottom(page));
                    System.out.printf(Locale.ROOT, "run %d: compare → first rows %.2f s, top → bottom %.2f s%n",
                            run + 1, toFirstRows.get(run), toBottom.get(run));
                }
            }
            System.out.printf(Locale.ROOT, "median: compare → first rows %.2f s, top → bottom %.2f s%n",
                    median(toFirstRows), median(toBottom));
            if (!pid.isBlank()) {
                sessionMemory(browser, compareUrl, pid);
            }
        }
    }

    /** Uploads both files, waits for their analysis, then times "Compare" → first row visible. */
    private static double compare(Page page, String url, Path corpus) {
        page.navigate(url + "/new");
        page.locator("#doc-a-upload input[type=file]").setInputFiles(corpus.resolve("es.txt"));
        page.locator("#doc-b-upload input[type=file]").setInputFiles(corpus.resolve("en.txt"));
        com.microsoft.playwright.Locator.WaitForOptions analysis =
                new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(300_000);
        page.locator("#doc-a-status vaadin-icon[icon='vaadin:check']").waitFor(analysis);
        page.locator("#doc-b-status vaadin-icon[icon='vaadin:check']").waitFor(analysis);
        long start = System.nanoTime();
        page.locator("#create-compare").click();
        page.locator(".espejo-side[data-row='0']").first().waitFor();
        return seconds(start);
    }

    /** Scrolls the grid a screen at a time until the last row is rendered. */
    private static double scrollToBottom(Page page) {
        Matcher m = ROWS.matcher(page.locator("#compare-facts").textContent());
        // the count is written with grouping ("4,105 rows"): keep the digits only
        int rows = m.find() ? Integer.parseInt(m.group(1).replaceAll("\\D", "")) : 0;
        long start = System.nanoTime();
        String last = ".espejo-side[data-row='" + (rows - 1) + "']";
        System.out.printf(Locale.ROOT, "scrolling %d rows%n", rows);
        while (page.locator(last).count() == 0) {
            page.evaluate("() => { const t = document.querySelector('#compare-grid').$.table;"
                    + " t.scrollTop += t.clientHeight; }");
            page.waitForTimeout(16);
        }
        page.locator(last).first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(WaitForSelectorState.VISIBLE));
        return seconds(start);
    }

    /** Opens five more sessions on the comparison and reports the server heap they add. */
    private static void sessionMemory(Browser browser, String compareUrl, String pid) throws IOException, InterruptedException {
        long before = heapUsedAfterGc(pid);
        List<BrowserContext> open = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
            Page page = context.newPage();
            page.navigate(compareUrl);
            page.locator(".espejo-side[data-row='0']").first().waitFor();
            open.add(context);
        }
        long after = heapUsedAfterGc(pid);
        System.out.printf(Locale.ROOT, "server heap: %d MB before, %d MB with 5 more compare sessions: %.1f MB per session%n",
                before >> 20, after >> 20, (after - before) / 5.0 / (1 << 20));
        open.forEach(BrowserContext::close);
    }

    private static long heapUsedAfterGc(String pid) throws IOException, InterruptedException {
        run("jcmd", pid, "GC.run");
        String info = run("jcmd", pid, "GC.heap_info");
        Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
        return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
