package org.espejo.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * TSV and CSV through Apache Commons CSV, UTF-8, with a byte order mark when asked (Excel needs
 * it to read UTF-8). Columns: row number, source text, target text (headed by their language
 * tags), confidence, status, notes. CSV follows RFC 4180 (CRLF, fields quoted when they hold a
 * comma, quote or line break; a row's paragraphs are separate lines inside the cell). TSV is
 * one line per entry with no quoting: tabs and line breaks inside a text become spaces, and a
 * row's paragraphs are joined with a space.
 */
final class TabularWriter implements FormatWriter {

    private final CSVFormat format;
    private final boolean multiline;

    private TabularWriter(CSVFormat format, boolean multiline) {
        this.format = format;
        this.multiline = multiline;
    }

    static TabularWriter csv() {
        return new TabularWriter(CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get(), true);
    }

    static TabularWriter tsv() {
        return new TabularWriter(CSVFormat.TDF.builder().setQuote((Character) null).setEscape((Character) null)
                .setIgnoreSurroundingSpaces(false).setTrim(false).setRecordSeparator("\n").get(), false);
    }

    @Override
    public void write(BilingualDocument document, ExportOptions options, OutputStream out) throws IOException {
        if (options.byteOrderMark()) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CSVPrinter printer = new CSVPrinter(writer, format);
        printer.printRecord("row", options.sourceTag(document), options.targetTag(document), "confidence", "status", "notes");
        int number = 0;
        for (BilingualRow row : document.rows()) {
            number++;
            if (!options.accepts(row)) {
                continue;
            }
            if (options.segtype() == Segtype.SENTENCE) {
                for (SentencePair pair : row.pairsOrWhole()) {
                    if (options.accepts(pair)) {
                        record(printer, number, List.of(pair.source()), List.of(pair.target()), row);
                    }
                }
            } else {
                record(printer, number, row.source(), row.target(), row);
            }
        }
        printer.flush();
        writer.flush();
    }

    private void record(CSVPrinter printer, int number, List<String> source, List<String> target, BilingualRow row)
            throws IOException {
        printer.printRecord(number, cell(source), cell(target), EspejoMetadata.confidence(row.confidence()),
                EspejoMetadata.status(row.status()), notes(row.notes()));
    }

    private String cell(List<String> paragraphs) {
        String text = String.join(multiline ? "\n" : " ", paragraphs);
        return multiline ? text : flat(text);
    }

    private String notes(List<String> notes) {
        return multiline ? String.join("\n", notes) : flat(String.join(" | ", notes));
    }

    private static String flat(String text) {
        return text.replace('\t', ' ').replace('\n', ' ');
    }
}
