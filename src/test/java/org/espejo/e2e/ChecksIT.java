package org.espejo.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The story with planted errors ({@code src/test/resources/check/planted/}) in a real browser:
 * uploaded, its glossary uploaded, and every planted error found in the findings panel; a
 * finding dismissed with a reason; the findings report downloaded.
 */
class ChecksIT extends BrowserTest {

    private static final Path PLANTED = Paths.get("src", "test", "resources", "check", "planted");

    @Test
    void every_planted_error_is_found_through_the_ui() throws IOException {
        page.navigate(url("new"));
        settle();
        page.locator("#doc-a-upload input[type=file]").setInputFiles(PLANTED.resolve("en.txt"));
        page.locator("#doc-b-upload input[type=file]").setInputFiles(PLANTED.resolve("es.txt"));
        assertThat(page.locator("#doc-b-status")).containsText("Spanish");
        page.locator("#create-compare").click();
        page.waitForURL("**/compare/**");
        settle();

        page.locator(".espejo-side.espejo-left[data-row='0']").first().click();
        page.keyboard().press("f");
        assertThat(page.locator("#findings-panel")).isVisible();
        page.locator("#findings-glossary").click();
        page.locator("#glossary-upload input[type=file]").setInputFiles(PLANTED.resolve("glossary.tsv"));
        assertThat(page.locator("#glossary-terms")).containsText("lighthouse");
        page.keyboard().press("Escape");
        settle();

        Locator findings = page.locator("#findings-grid");
        assertThat(findings).containsText("The numbers differ: “212” on the left, “221” on the right.");
        assertThat(findings).containsText("The name “Lucía” does not appear on the other side.");
        assertThat(findings).containsText("much shorter than usual for this text");
        assertThat(findings).containsText("This paragraph seems to be in Spanish, not English.");
        assertThat(findings).containsText("is translated in 2 different ways");
        showOnly("Terminology");
        assertThat(findings).containsText("Glossary: “beacon” must not be used; use “lighthouse”.");
        showOnly("Typography and punctuation");
        assertThat(findings).containsText("Question mark without its opening ¿.");
        showOnly("All types");
        assertThat(page.locator("#compare-grid .espejo-flag").first()).isVisible();
        screenshot("planted-findings");

        findings.getByText("The numbers differ").click();
        assertThat(page.locator("#findings-detail mark").first()).hasText("212");
        assertThat(page.locator("#compare-inspector")).isHidden();
        page.locator("#findings-dismiss").click();
        page.locator("#findings-dismiss-reason textarea").fill("The count was corrected in the source");
        page.locator("#findings-dismiss-confirm").click();
        settle();
        assertThat(findings).not().containsText("The numbers differ");

        Download report = page.waitForDownload(() -> page.locator("#findings-report-html").click());
        Path file = Paths.get("target", "downloads", report.suggestedFilename());
        report.saveAs(file);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).contains("<!DOCTYPE html>", "Lucía", "beacon", "The count was corrected in the source");
    }

    @Test
    void a_news_story_shows_its_split_paragraph_and_its_changed_number() {
        Path news = Paths.get("src", "test", "resources", "news");
        page.navigate(url("new"));
        settle();
        page.locator("#doc-a-upload input[type=file]").setInputFiles(news.resolve("es.txt"));
        page.locator("#doc-b-upload input[type=file]").setInputFiles(news.resolve("en.txt"));
        assertThat(page.locator("#doc-b-status")).containsText("English");
        page.locator("#create-compare").click();
        page.waitForURL("**/compare/**");
        settle();

        assertThat(page.locator("#compare-facts")).containsText("7 rows");
        page.locator("#compare-findings").click();
        assertThat(page.locator("#findings-summary")).hasText("1 open · 0 dismissed");
        page.locator("#findings-grid").getByText("The numbers differ").click();
        settle();
        assertThat(page.locator("#findings-detail mark").first()).hasText("3.200");
        assertThat(page.locator(".espejo-side.espejo-right[data-row='3'] .espejo-p")).hasCount(2);
        page.locator(".espejo-side.espejo-left[data-row='3'] .s").first().hover();
        screenshot("news-compare");
    }

    /** Narrows the findings list to one type (the list shows only as many rows as fit). */
    private void showOnly(String typeName) {
        page.locator("#findings-type").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(typeName)).first().click();
        settle();
    }
}
