package org.espejo.exchange;

import static org.espejo.text.HtmlText.escape;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The side-by-side report as one self-contained HTML page (inline CSS, no scripts, no external
 * resources) that prints well: the table header repeats on every page and rows do not break
 * across pages. One table row per aligned row: number, source, target, and beside them the
 * confidence, review status and the findings of the checks. Both text columns carry their
 * {@code lang} and {@code dir="auto"}, so bidirectional text shows as written.
 */
final class HtmlReportWriter implements FormatWriter {

    private static final String STYLE = """
            :root { color-scheme: light; }
            body { font-family: "Noto Serif", Georgia, serif; margin: 2rem; color: #1d1d1f; }
            header h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
            header p { margin: 0 0 1rem; color: #555; font-family: system-ui, sans-serif; font-size: .9rem; }
            table { border-collapse: collapse; width: 100%; table-layout: fixed; }
            th, td { border-top: 1px solid #ccc; padding: .5rem .6rem; vertical-align: top; text-align: start; }
            th { font-family: system-ui, sans-serif; font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: #555; }
            col.num { width: 3.5rem; } col.text { width: 37%; } col.meta { width: auto; }
            td.num { font-family: system-ui, sans-serif; color: #777; font-size: .85rem; }
            td p { margin: 0 0 .5rem; white-space: pre-wrap; overflow-wrap: anywhere; }
            td p:last-child { margin-bottom: 0; }
            td.missing { color: #999; font-style: italic; }
            td.meta { font-family: system-ui, sans-serif; font-size: .85rem; }
            .badge { display: inline-block; border-radius: .6rem; padding: 0 .5rem; margin: 0 .3rem .3rem 0; background: #eee; }
            .badge.reviewed { background: #dff3e4; }
            .badge.low { background: #fde2e1; }
            ul.findings { margin: .2rem 0 0; padding-inline-start: 1.1rem; color: #8a4b00; }
            tr.gap td.text { background: #fff8e6; }
            footer { margin-top: 1rem; color: #777; font-family: system-ui, sans-serif; font-size: .8rem; }
            @page { size: A4 landscape; margin: 1.5cm; }
            @media print {
              body { margin: 0; font-size: 10pt; }
              thead { display: table-header-group; }
              tr { break-inside: avoid; page-break-inside: avoid; }
            }
            """;

    @Override
    public void write(BilingualDocument document, ExportOptions options, OutputStream out) throws IOException {
        ReportLabels labels = new ReportLabels(options.reportLanguage());
        String src = options.sourceTag(document);
        String trg = options.targetTag(document);
        List<BilingualRow> rows = document.rows();
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        String title = document.name().isBlank() ? labels.get("title") : document.name();
        w.write("<!DOCTYPE html>\n<html lang=\"" + options.reportLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta name=\"generator\" content=\"Espejo " + escape(options.toolVersion()) + "\">\n");
        w.write("<title>" + escape(title) + " — " + escape(labels.get("title")) + "</title>\n");
        w.write("<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        w.write("<header>\n<h1>" + escape(title) + "</h1>\n<p>" + escape(summary(rows, options, labels)) + "</p>\n</header>\n");
        w.write("<table>\n<colgroup><col class=\"num\"><col class=\"text\"><col class=\"text\"><col class=\"meta\"></colgroup>\n");
        w.write("<thead><tr><th>" + escape(labels.get("row")) + "</th><th lang=\"" + escape(src) + "\">"
                + escape(labels.languageName(src)) + "</th><th lang=\"" + escape(trg) + "\">"
                + escape(labels.languageName(trg)) + "</th><th>" + escape(labels.get("findings")) + "</th></tr></thead>\n<tbody>\n");
        int number = 0;
        for (BilingualRow row : rows) {
            number++;
            if (options.accepts(row)) {
                row(w, row, number, src, trg, labels);
            }
        }
        w.write("</tbody>\n</table>\n<footer>" + escape(labels.get("generated")) + " " + escape(options.toolVersion())
                + "</footer>\n</body>\n</html>\n");
        w.flush();
    }

    private static void row(Writer w, BilingualRow row, int number, String src, String trg, ReportLabels labels)
            throws IOException {
        w.write("<tr id=\"r" + number + "\"" + (row.isGap() ? " class=\"gap\"" : "") + ">");
        w.write("<td class=\"num\">" + number + "</td>");
        cell(w, row.source(), src, labels.get("noSource"));
        cell(w, row.target(), trg, labels.get("noTarget"));
        w.write("<td class=\"meta\"><span class=\"badge" + (row.confidence() < 0.5 ? " low" : "") + "\" title=\""
                + escape(labels.get("confidence")) + "\">" + escape(labels.percent(row.confidence())) + "</span>");
        w.write("<span class=\"badge" + (row.status().isReviewed() ? " reviewed" : "") + "\" title=\""
                + escape(labels.get("status")) + "\">" + escape(labels.status(row.status())) + "</span>");
        if (!row.notes().isEmpty()) {
            w.write("<ul class=\"findings\">");
            for (String note : row.notes()) {
                w.write("<li>" + escape(note) + "</li>");
            }
            w.write("</ul>");
        }
        w.write("</td></tr>\n");
    }

    private static void cell(Writer w, List<String> paragraphs, String lang, String missing) throws IOException {
        if (paragraphs.isEmpty()) {
            w.write("<td class=\"text missing\">— " + escape(missing) + " —</td>");
            return;
        }
        w.write("<td class=\"text\" lang=\"" + escape(lang) + "\" dir=\"auto\">");
        for (String p : paragraphs) {
            w.write("<p>" + escape(p) + "</p>");
        }
        w.write("</td>");
    }

    private static String summary(List<BilingualRow> rows, ExportOptions options, ReportLabels labels) {
        long shown = rows.stream().filter(options::accepts).count();
        long reviewed = rows.stream().filter(options::accepts).filter(r -> r.status().isReviewed()).count();
        long gaps = rows.stream().filter(options::accepts).filter(BilingualRow::isGap).count();
        return shown + " " + labels.get("rows") + " · " + reviewed + " " + labels.get("reviewed") + " · "
                + gaps + " " + labels.get("gaps");
    }

}
