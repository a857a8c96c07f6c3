package org.espejo.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Malformed and hostile files for {@link HostileInputTest}, all made in code. */
final class HostileFiles {

    private static final String DOCUMENT_XML = "word/document.xml";
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private HostileFiles() {
    }

    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static byte[] truncated(byte[] bytes, double fraction) {
        return Arrays.copyOf(bytes, (int) (bytes.length * fraction));
    }

    static byte[] docx() {
        return new DocxBuilder().title("Cuento").heading(1, "Capítulo uno")
                .paragraph("En un lugar de la Mancha, de cuyo nombre no quiero acordarme.")
                .paragraph("No ha mucho tiempo que vivía un hidalgo de los de lanza en astillero.")
                .bytes();
    }

    static byte[] pdf() {
        return new PdfBuilder().runningHeader("Cabecera").pageNumbers()
                .page("En un lugar de la Mancha, de cuyo nombre", "no quiero acordarme.")
                .page("No ha mucho tiempo que vivía un hidalgo.")
                .bytes();
    }

    static byte[] odt() {
        return Containers.odt("Cuento", "Ana", "<text:h text:outline-level=\"1\">Capítulo</text:h>"
                + "<text:p>En un lugar de la Mancha, de cuyo nombre no quiero acordarme.</text:p>".repeat(20));
    }

    static byte[] epub() {
        return Containers.epub("Cuento", "Ana", List.of(
                "<h1>Uno</h1>" + "<p>En un lugar de la Mancha, de cuyo nombre no quiero acordarme.</p>".repeat(20),
                "<h1>Dos</h1><p>No ha mucho tiempo.</p>"));
    }

    static byte[] rtf() {
        return ("{\\rtf1\\ansi{\\fonttbl{\\f0 Times;}}" + "{\\pard En un lugar de la Mancha.\\par}".repeat(50) + "}")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] doc() throws IOException {
        return DocExtractionTest.resource("/ingest/cuento.doc");
    }

    /** A .docx whose body expands to about {@code megabytes} MB of text from a few dozen kilobytes. */
    static byte[] docxZipBomb(int megabytes) {
        String paragraph = "<w:p><w:r><w:t>" + "a".repeat(1000) + "</w:t></w:r></w:p>";
        StringBuilder xml = new StringBuilder("<w:document " + W + "><w:body>");
        xml.append(paragraph.repeat(megabytes * 1000));
        xml.append("</w:body></w:document>");
        return ZipBuilder.from(docx()).entry(DOCUMENT_XML, xml.toString()).level(9).bytes();
    }

    /** An .odt whose content expands to about {@code megabytes} MB of text. */
    static byte[] odtZipBomb(int megabytes) {
        String paragraph = "<text:p>" + "a".repeat(1000) + "</text:p>";
        return Containers.odtZip("Bomba", "x", Containers.content(paragraph.repeat(megabytes * 1000))).level(9).bytes();
    }

    /** An EPUB whose chapter expands to about {@code megabytes} MB of text. */
    static byte[] epubZipBomb(int megabytes) {
        return Containers.epubZip("Bomba", "x", List.of(("<p>" + "a".repeat(1000) + "</p>").repeat(megabytes * 1000)))
                .level(9).bytes();
    }

    /** An .odt with {@code count} pictures, each an embedded document. */
    static byte[] odtWithPictures(int count) {
        ZipBuilder zip = Containers.odtZip("Fotos", "x", Containers.content("<text:p>Un álbum.</text:p>"));
        byte[] png = png();
        for (int i = 0; i < count; i++) {
            zip.entry("Pictures/p" + i + ".png", png);
        }
        return zip.bytes();
    }

    static byte[] docxWithoutBody() {
        return ZipBuilder.from(docx()).without(DOCUMENT_XML).bytes();
    }

    static byte[] docxWithMalformedXml() {
        return ZipBuilder.from(docx())
                .entry(DOCUMENT_XML, "<w:document " + W + "><w:body><w:p><w:r><w:t>roto</w:r></w:body>")
                .bytes();
    }

    /** The "billion laughs": nested entity definitions that expand exponentially. */
    static byte[] docxBillionLaughs() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY l0 \"ja\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String xml = dtd + "<w:document " + W + "><w:body><w:p><w:r><w:t>&l10;</w:t></w:r></w:p></w:body></w:document>";
        return ZipBuilder.from(docx()).entry(DOCUMENT_XML, xml).bytes();
    }

    /** An .odt that tries to read a local file through an external XML entity. */
    static byte[] odtExternalEntity() {
        String content = Containers.content("<text:p>Un texto.</text:p><text:p>&xxe;</text:p>")
                .replace("<office:document-content",
                        "<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                                + "<office:document-content");
        return Containers.odtZip("XXE", "x", content).bytes();
    }

    static byte[] deeplyNestedHtml(int depth) {
        return ("<html><body>" + "<div>".repeat(depth) + "texto" + "</div>".repeat(depth) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] deeplyNestedRtf(int depth) {
        return ("{\\rtf1\\ansi " + "{".repeat(depth) + "texto" + "}".repeat(depth) + "}")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] deeplyNestedOdtLists(int depth) {
        return Containers.odt("Listas", "x", "<text:list><text:list-item>".repeat(depth) + "<text:p>x</text:p>"
                + "</text:list-item></text:list>".repeat(depth));
    }

    static byte[] hugeLine(int characters) {
        return "palabra ".repeat(characters / 8).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] htmlWithHugeParagraph(int characters) {
        return ("<html><body><p>" + "palabra ".repeat(characters / 8) + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] textWithNulBytes() {
        byte[] bytes = "Hola\u0000mundo\u0000\u0000 y más".getBytes(StandardCharsets.UTF_8);
        return bytes;
    }

    static byte[] htmlWithOnlyEmptyParagraphs(int count) {
        return ("<html><body>" + "<p> </p>".repeat(count) + "<script>no es texto</script></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pdfWithoutText() {
        return new PdfBuilder().page("").page("").page("").bytes();
    }

    static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Hoja").createRow(0).createCell(0).setCellValue("Texto en una celda");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] plainZip() {
        return new ZipBuilder().entry("leeme.txt", "Hola.").bytes();
    }

    /** A PDF of about {@code pages} pages of ordinary paragraphs. */
    static byte[] longPdf(int pages) {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < pages * 4; i++) {
            lines.addAll(PdfBuilder.wrap("Párrafo " + i + ". " + "En un lugar de la Mancha, de cuyo nombre no quiero "
                    + "acordarme, no ha mucho tiempo que vivía un hidalgo. ".repeat(6), 80));
            lines.add("");
        }
        return new PdfBuilder().pages(lines, 40).bytes();
    }
}
