package org.espejo.exchange;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * The side-by-side report as a Word document (Apache POI): a title, a one-line summary and a
 * two-column table, source left and target right, whose header row repeats on every page.
 * Each aligned row is one table row, its paragraphs kept as paragraphs and marked with their
 * language (so Word spell-checks each column in its own language); a row with findings is
 * followed by a full-width row with its number, confidence, status and findings.
 */
final class DocxReportWriter implements FormatWriter {

    private static final String GREY = "666666";
    private static final String FINDING = "8A4B00";

    @Override
    public void write(BilingualDocument document, ExportOptions options, OutputStream out) throws IOException {
        ReportLabels labels = new ReportLabels(options.reportLanguage());
        String src = options.sourceTag(document);
        String trg = options.targetTag(document);
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFRun title = doc.createParagraph().createRun();
            title.setBold(true);
            title.setFontSize(16);
            title.setText(document.name().isBlank() ? labels.get("title") : document.name());
            XWPFRun summary = doc.createParagraph().createRun();
            summary.setColor(GREY);
            summary.setFontSize(9);
            summary.setText(labels.get("title") + " · " + labels.get("generated") + " " + options.toolVersion());
            XWPFTable table = doc.createTable(1, 2);
            table.setWidth("100%");
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            headerCell(header.getCell(0), labels.languageName(src));
            headerCell(header.getCell(1), labels.languageName(trg));
            int number = 0;
            for (BilingualRow row : document.rows()) {
                number++;
                if (options.accepts(row)) {
                    pair(table.createRow(), row, src, trg, labels);
                    if (!row.notes().isEmpty()) {
                        findings(table.createRow(), row, number, labels);
                    }
                }
            }
            doc.write(new FilterOutputStream(out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            });
        }
    }

    private static void headerCell(XWPFTableCell cell, String text) {
        cell.setWidth("50%");
        XWPFRun run = cell.getParagraphs().get(0).createRun();
        run.setBold(true);
        run.setText(text);
    }

    private static void pair(XWPFTableRow r, BilingualRow row, String src, String trg, ReportLabels labels) {
        texts(r.getCell(0), row.source(), src, labels.get("noSource"));
        texts(r.getCell(1), row.target(), trg, labels.get("noTarget"));
    }

    private static void texts(XWPFTableCell cell, List<String> paragraphs, String lang, String missing) {
        cell.setWidth("50%");
        XWPFParagraph first = cell.getParagraphs().get(0);
        if (paragraphs.isEmpty()) {
            XWPFRun run = first.createRun();
            run.setItalic(true);
            run.setColor(GREY);
            run.setText("— " + missing + " —");
            return;
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            XWPFParagraph p = i == 0 ? first : cell.addParagraph();
            lines(p, paragraphs.get(i), run -> run.setLang(lang));
        }
    }

    private static void findings(XWPFTableRow r, BilingualRow row, int number, ReportLabels labels) {
        XWPFTableCell cell = r.getCell(0);
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        properties.addNewGridSpan().setVal(BigInteger.valueOf(2));
        r.removeCell(1);
        XWPFRun meta = cell.getParagraphs().get(0).createRun();
        meta.setFontSize(8);
        meta.setColor(GREY);
        meta.setText(labels.get("row") + " " + number + " · " + labels.get("confidence") + " "
                + labels.percent(row.confidence()) + " · " + labels.status(row.status()));
        for (String note : row.notes()) {
            lines(cell.addParagraph(), "⚠ " + note, run -> {
                run.setFontSize(9);
                run.setItalic(true);
                run.setColor(FINDING);
            });
        }
    }

    /** Adds text to a paragraph as styled runs, turning line breaks into Word line breaks. */
    private static void lines(XWPFParagraph paragraph, String text, Consumer<XWPFRun> style) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = paragraph.createRun();
            style.accept(run);
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }
}
