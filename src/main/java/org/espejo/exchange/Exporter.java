package org.espejo.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Writes a {@link BilingualDocument} in any {@link Format}. The one entry point of the export
 * side:
 *
 * <pre>{@code
 * Exporter.write(document, Format.TMX, ExportOptions.defaults(), out);    // an OutputStream
 * String fileName = Format.TMX.fileName(document.name());   // "Quijote.tmx"
 * String mediaType = Format.TMX.mediaType();
 * }</pre>
 *
 * Text is cleaned first ({@link SafeText}: control characters removed, line breaks made LF), then
 * escaped as each format needs. The output is UTF-8 (and deterministic: the same document and
 * options give the same bytes, except for the ZIP timestamps inside XLSX and DOCX). Stateless and
 * thread-safe.
 */
public final class Exporter {

    private static final Map<Format, FormatWriter> WRITERS = Map.of(
            Format.TMX, new TmxWriter(),
            Format.XLIFF, new Xliff2Writer(),
            Format.XLIFF_1_2, new Xliff12Writer(),
            Format.TSV, TabularWriter.tsv(),
            Format.CSV, TabularWriter.csv(),
            Format.XLSX, new XlsxWriter(),
            Format.HTML, new HtmlReportWriter(),
            Format.DOCX, new DocxReportWriter());

    private static final String VERSION = readVersion();

    private Exporter() {
    }

    /**
     * Writes the document to the stream, which stays open.
     *
     * @throws IllegalArgumentException if the options' language tags name other languages than
     *                                  the document's (e.g. {@code en-US} for Spanish text)
     * @throws IOException              if the stream fails
     */
    public static void write(BilingualDocument document, Format format, ExportOptions options, OutputStream out)
            throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        checkLanguage(document.sourceLang(), options.sourceTag(document));
        checkLanguage(document.targetLang(), options.targetTag(document));
        WRITERS.get(format).write(SafeText.clean(document), options, out);
        out.flush();
    }

    /**
     * Writes a text format to a character stream (a console, a picocli {@code PrintWriter}),
     * which stays open. The export is built in memory first, so use
     * {@link #write(BilingualDocument, Format, ExportOptions, OutputStream)} for large downloads.
     *
     * @throws IllegalArgumentException for a binary format ({@link Format#isText()} false) or
     *                                  language tags that do not fit the document
     */
    public static void write(BilingualDocument document, Format format, ExportOptions options, Writer out)
            throws IOException {
        if (!format.isText()) {
            throw new IllegalArgumentException(format + " is not a text format");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(document, format, options, bytes);
        out.write(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
    }

    /** This build's version, as written into TMX headers ({@code dev} outside a packaged build). */
    public static String toolVersion() {
        return VERSION;
    }

    private static void checkLanguage(String documentTag, String writtenTag) {
        if (!documentTag.equals("und") && !LanguageTags.sameLanguage(documentTag, writtenTag)) {
            throw new IllegalArgumentException("language " + writtenTag + " does not fit text in " + documentTag);
        }
    }

    private static String readVersion() {
        try (InputStream in = Exporter.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("build.version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
