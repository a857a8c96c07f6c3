package org.espejo.exchange;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook through Apache POI's streaming writer (constant memory for long texts):
 * one sheet with the columns of {@link TabularWriter}, a bold frozen header, wrapped text,
 * the confidence as a number formatted as a percentage, and a row's paragraphs as lines
 * inside one cell. A cell holds at most 32,767 characters; longer texts are cut there and
 * end with "…".
 */
final class XlsxWriter implements FormatWriter {

    static final int MAX_CELL = 32_767;

    @Override
    public void write(BilingualDocument document, ExportOptions options, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(workbook);
            String sheetName = WorkbookUtil.createSafeSheetName(document.name().isBlank() ? "Espejo" : document.name());
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            int[] widths = {6, 60, 60, 11, 11, 40};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            Row header = sheet.createRow(0);
            String[] titles = {"row", options.sourceTag(document), options.targetTag(document), "confidence", "status", "notes"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
                header.getCell(c).setCellStyle(styles.header);
            }
            int line = 1;
            int number = 0;
            for (BilingualRow row : document.rows()) {
                number++;
                if (!options.accepts(row)) {
                    continue;
                }
                if (options.segtype() == Segtype.SENTENCE) {
                    for (SentencePair pair : row.pairsOrWhole()) {
                        if (options.accepts(pair)) {
                            line(sheet.createRow(line++), styles, number, List.of(pair.source()), List.of(pair.target()), row);
                        }
                    }
                } else {
                    line(sheet.createRow(line++), styles, number, row.source(), row.target(), row);
                }
            }
            workbook.write(new FilterOutputStream(out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            });
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void line(Row r, Styles styles, int number, List<String> source, List<String> target, BilingualRow row) {
        r.createCell(0).setCellValue(number);
        text(r, 1, String.join("\n", source), styles.text);
        text(r, 2, String.join("\n", target), styles.text);
        r.createCell(3).setCellValue(Math.round(row.confidence() * 1000) / 1000.0);
        r.getCell(3).setCellStyle(styles.percent);
        text(r, 4, EspejoMetadata.status(row.status()), styles.text);
        text(r, 5, String.join("\n", row.notes()), styles.text);
    }

    private static void text(Row r, int column, String value, CellStyle style) {
        String v = value;
        if (value.length() > MAX_CELL) {
            int end = MAX_CELL - 1;
            if (Character.isHighSurrogate(value.charAt(end - 1))) {
                end--;
            }
            v = value.substring(0, end) + "…";
        }
        r.createCell(column).setCellValue(v);
        r.getCell(column).setCellStyle(style);
    }

    /** The workbook's three cell styles. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle percent;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            percent.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }
}
