package org.espejo.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.zip.ZipFile;
import org.espejo.testing.Stories;
import org.junit.jupiter.api.Test;

/** Every export format downloaded from the compare view in a real browser, and the files checked. */
class ExportIT extends BrowserTest {

    @Test
    void each_format_downloads_from_the_compare_view() throws IOException {
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
        page.locator("#compare-export").click();

        String tmx = text(download("TMX", "tmx"));
        assertThat(tmx).contains("<tmx version=\"1.4\"", "<tu", "El faro de Punta Arenas", "srclang=\"es\"");
        String xliff = text(download("XLIFF 2.1", "xlf"));
        assertThat(xliff).contains("urn:oasis:names:tc:xliff:document:2.", "Lighthouse of Punta Arenas");
        assertThat(text(download("XLIFF 1.2", "xliff"))).contains("version=\"1.2\"", "<trans-unit");
        assertThat(text(download("TSV", "tsv"))).contains("El faro de Punta Arenas\tThe Lighthouse of Punta Arenas");
        assertThat(text(download("CSV", "csv"))).contains("El faro de Punta Arenas");
        assertThat(entries(download("Excel", "xlsx"))).contains("xl/worksheets/sheet1.xml");
        assertThat(text(download("HTML", "html"))).contains("<html", "Tomás Aguilar");
        assertThat(entries(download("DOCX", "docx"))).contains("word/document.xml");
    }

    private Path download(String label, String extension) {
        page.locator("#export-format vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(label))
                .first().click();
        settle();
        Download download = page.waitForDownload(() -> page.locator("#export-download").click());
        assertThat(download.suggestedFilename()).endsWith("." + extension);
        Path file = Paths.get("target", "downloads", download.suggestedFilename());
        download.saveAs(file);
        return file;
    }

    private static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static java.util.List<String> entries(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.stream().map(e -> e.getName()).toList();
        }
    }
}
