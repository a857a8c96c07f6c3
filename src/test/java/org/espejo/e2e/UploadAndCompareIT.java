package org.espejo.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.espejo.testing.Stories;
import org.junit.jupiter.api.Test;

/** The first journey: upload a Spanish .docx and an English .pdf, see them side by side. */
class UploadAndCompareIT extends BrowserTest {

    @Test
    void a_docx_and_a_pdf_come_out_side_by_side_with_spanish_on_the_left() throws IOException {
        page.navigate(url("new"));
        settle();
        // English first, Spanish second: Espejo must still put Spanish on the left.
        page.locator("#doc-a-upload input[type=file]").setInputFiles(
                new FilePayload("lighthouse.pdf", "application/pdf", pdf(Stories.ENGLISH)));
        page.locator("#doc-b-upload input[type=file]").setInputFiles(
                new FilePayload("faro.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        docx(Stories.SPANISH)));
        assertThat(page.locator("#doc-a-status")).containsText("English");
        assertThat(page.locator("#doc-b-status")).containsText("Spanish");

        page.locator("#create-compare").click();
        page.waitForURL("**/compare/**");
        Locator grid = page.locator("#compare-grid");
        assertThat(grid).containsText("Tomás Aguilar encendió");
        settle();

        Locator left = page.locator("#compare-grid .espejo-left").first();
        Locator right = page.locator("#compare-grid .espejo-right").first();
        assertThat(left).containsText("El faro de Punta Arenas");
        assertThat(right).containsText("Lighthouse of Punta Arenas");
        assertThat(left.getAttribute("lang")).isEqualTo("es");
        double leftX = left.boundingBox().x;
        double rightX = right.boundingBox().x;
        assertThat(leftX).isLessThan(rightX);
        assertThat(page.locator("#compare-grid .espejo-confidence").first()).containsText("%");

        assertThat(Files.size(screenshot("upload-docx-pdf-compare"))).isPositive();
    }

    static byte[] docx(List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < paragraphs.size(); i++) {
                var p = doc.createParagraph();
                if (i == 0) {
                    p.setStyle("Heading1");
                }
                p.createRun().setText(paragraphs.get(i));
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A one-page PDF with one text line per paragraph and a blank line between paragraphs. */
    static byte[] pdf(List<String> paragraphs) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(font, 9);
                content.setLeading(12);
                content.newLineAtOffset(40, 740);
                for (String paragraph : paragraphs) {
                    for (String line : wrap(paragraph, 105)) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.newLine();
                }
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
