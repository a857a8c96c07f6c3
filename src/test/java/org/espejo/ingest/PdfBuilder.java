package org.espejo.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Builds PDFs in tests with PDFBox, laid out as a word processor prints them: given lines on
 * A4 pages (an empty line leaves a paragraph gap), optionally a running header at the top and a
 * page number at the bottom of every page. The text is set in Liberation Sans (shipped inside
 * PDFBox), embedded, so extraction sees exactly these characters.
 */
final class PdfBuilder {

    private static final float MARGIN = 72;
    private static final float SIZE = 11;
    private static final float LEADING = 14;

    private final List<List<String>> pages = new ArrayList<>();
    private String header = "";
    private boolean pageNumbers;
    private String title = "";

    /** A header line at the top of every page; {@code %d} is replaced by the page number. */
    PdfBuilder runningHeader(String text) {
        header = text;
        return this;
    }

    PdfBuilder pageNumbers() {
        pageNumbers = true;
        return this;
    }

    PdfBuilder title(String text) {
        title = text;
        return this;
    }

    /** A page with these lines; an empty string is a blank line. */
    PdfBuilder page(String... lines) {
        pages.add(List.of(lines));
        return this;
    }

    /** Pages holding {@code lines}, {@code linesPerPage} to a page. */
    PdfBuilder pages(List<String> lines, int linesPerPage) {
        for (int i = 0; i < lines.size(); i += linesPerPage) {
            pages.add(lines.subList(i, Math.min(lines.size(), i + linesPerPage)));
        }
        return this;
    }

    /** {@code paragraph} broken into lines of at most {@code width} characters, at spaces. */
    static List<String> wrap(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    byte[] bytes() {
        return write(null);
    }

    /**
     * The PDF encrypted with an owner password and {@code userPassword}: with a user password it
     * cannot be opened without it; with an empty one it opens but is locked against editing.
     */
    byte[] encryptedBytes(String userPassword) {
        return write(userPassword);
    }

    private byte[] write(String userPassword) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = font(document);
            for (int i = 0; i < pages.size(); i++) {
                addPage(document, font, pages.get(i), i + 1);
            }
            document.getDocumentInformation().setTitle(title);
            if (userPassword != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addPage(PDDocument document, PDFont font, List<String> lines, int number) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        float top = PDRectangle.A4.getHeight() - MARGIN;
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            if (!header.isEmpty()) {
                text(content, font, 9, MARGIN, top + 30, header.replace("%d", String.valueOf(number)));
            }
            content.beginText();
            content.setFont(font, SIZE);
            content.setLeading(LEADING);
            content.newLineAtOffset(MARGIN, top - 20);
            for (String line : lines) {
                if (!line.isEmpty()) {
                    content.showText(line);
                }
                content.newLine();
            }
            content.endText();
            if (pageNumbers) {
                text(content, font, 9, PDRectangle.A4.getWidth() / 2, MARGIN / 2, String.valueOf(number));
            }
        }
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static PDFont font(PDDocument document) throws IOException {
        try (InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            return PDType0Font.load(document, ttf);
        }
    }
}
