package org.espejo.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.espejo.testing.Stories;
import org.junit.jupiter.api.Test;

/** The editor's journeys in a real browser: correct, confirm, re-align, reload; keyboard; overview strip. */
class WorkbenchIT extends BrowserTest {

    private static final Pattern ROWS = Pattern.compile("(\\d+) rows");

    @Test
    void merge_split_confirm_and_realign_survive_a_reload() {
        openStory();
        int rows = rowCount();

        cell(1).click();
        page.keyboard().press("m");
        waitForRows(rows - 1);

        cell(1).click();
        page.locator("#compare-split").click();
        page.locator("#split-ok").click();
        waitForRows(rows);

        cell(0).click();
        page.keyboard().press("c");
        assertThat(page.locator("#compare-grid .espejo-confidence").first()).containsText("Confirmed");

        cell(2).click();
        page.locator("#compare-more").getByText("More").click();
        page.locator("#compare-unlink").click();
        waitForRows(rows + 1);
        page.locator("#compare-realign").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Re-alignment");
        waitForRows(rows);
        settle();
        screenshot("workbench-after-realign");

        page.reload();
        settle();
        assertThat(page.locator("#compare-facts")).containsText(rows + " rows");
        assertThat(page.locator("#compare-grid .espejo-confidence").first()).containsText("Confirmed");
    }

    @Test
    void the_keyboard_walks_through_the_rows_to_review_and_undoes() {
        openStory();
        int rows = rowCount();
        cell(0).click();
        page.keyboard().press("u");
        waitForRows(rows + 1);

        cell(3).click();
        page.keyboard().press("k");
        assertThat(page.locator("#compare-inspector")).containsText("Row 2");
        page.keyboard().press("k");
        assertThat(page.locator("#compare-inspector")).containsText("Row 1");

        page.keyboard().press("Control+z");
        waitForRows(rows);
        page.keyboard().press("Control+y");
        waitForRows(rows + 1);

        page.keyboard().press("?");
        assertThat(page.locator("vaadin-dialog-overlay")).containsText("Next row to review");
    }

    @Test
    void the_overview_strip_jumps_to_the_end_of_a_long_comparison() {
        page.navigate(url(""));
        settle();
        page.locator("#library-example").click();
        page.waitForURL("**/compare/**");
        settle();
        int rows = rowCount();
        Locator minimap = page.locator("#compare-minimap");
        BoundingBox box = minimap.boundingBox();
        minimap.click(new Locator.ClickOptions().setPosition(box.width / 2, box.height - 3));

        assertThat(page.locator("#compare-inspector h3")).containsText(Pattern.compile("Row \\d+ ·"));
        Matcher m = Pattern.compile("Row (\\d+)").matcher(page.locator("#compare-inspector h3").textContent());
        assertThat(m.find()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isGreaterThan(rows - 3);
        assertThat(page.locator(".espejo-side[data-row='" + (Integer.parseInt(m.group(1)) - 1) + "']").first())
                .isVisible();
        settle();
        screenshot("quijote-minimap-jump");
    }

    private void openStory() {
        page.navigate(url("new"));
        settle();
        page.locator("#doc-a-upload input[type=file]").setInputFiles(new FilePayload("faro-es.txt", "text/plain",
                Stories.text(Stories.SPANISH).getBytes(StandardCharsets.UTF_8)));
        page.locator("#doc-b-upload input[type=file]").setInputFiles(new FilePayload("lighthouse-en.txt", "text/plain",
                Stories.text(Stories.ENGLISH).getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#doc-b-status")).containsText("English");
        page.locator("#create-compare").click();
        page.waitForURL("**/compare/**");
        settle();
        screenshot("story-compare");
    }

    private Locator cell(int row) {
        return page.locator(".espejo-side.espejo-left[data-row='" + row + "']").first();
    }

    private int rowCount() {
        Matcher m = ROWS.matcher(page.locator("#compare-facts").textContent());
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private void waitForRows(int rows) {
        assertThat(page.locator("#compare-facts")).containsText(rows + " rows");
    }
}
