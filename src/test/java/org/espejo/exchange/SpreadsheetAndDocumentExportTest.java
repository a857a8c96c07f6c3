package org.espejo.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** XLSX and DOCX are zip files with timestamps: their golden files hold the content a reader sees. */
class SpreadsheetAndDocumentExportTest {

    private final BilingualDocument hostile = Fixtures.hostile();
    private final BilingualDocument cleaned = Fixtures.hostileCleaned();

    @Test
    void xlsx_content_matches_the_golden_file() throws Exception {
        Golden.assertMatches("hostile.xlsx.txt", sheetText(Exports.bytes(hostile, Format.XLSX, Exports.GOLDEN.build())));
    }

    @Test
    void xlsx_holds_the_texts_and_a_numeric_confidence() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                Exports.bytes(hostile, Format.XLSX, ExportOptions.defaults())))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(cleaned.rows().size());
            Row second = sheet.getRow(2);
            assertThat(second.getCell(1).getStringCellValue())
                    .isEqualTo("Primer párrafo. Con dos frases.\nSegundo párrafo 🙂 con emoji.");
            assertThat(second.getCell(3).getNumericCellValue()).isEqualTo(0.812);
            assertThat(second.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void a_text_longer_than_an_excel_cell_is_cut_with_an_ellipsis() throws Exception {
        String huge = "a".repeat(40_000);
        BilingualDocument doc = new BilingualDocument("big", "es", "en",
                List.of(BilingualRow.of(List.of(huge), List.of("b"), 1, ReviewStatus.CONFIRMED)));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                Exports.bytes(doc, Format.XLSX, ExportOptions.defaults())))) {
            String cell = workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue();
            assertThat(cell).hasSize(XlsxWriter.MAX_CELL).endsWith("a…");
        }
    }

    @Test
    void docx_content_matches_the_golden_file() throws Exception {
        Golden.assertMatches("hostile.docx.txt", tableText(Exports.bytes(hostile, Format.DOCX, Exports.GOLDEN.build())));
    }

    @Test
    void docx_is_a_two_column_table_with_findings_rows_spanning_both() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                Exports.bytes(hostile, Format.DOCX, ExportOptions.defaults())))) {
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("Spanish");
            assertThat(table.getRow(1).getTableCells()).hasSize(2);
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo(cleaned.rows().get(0).sourceText());
            XWPFTableRow findings = table.getRow(2);
            assertThat(findings.getTableCells()).hasSize(1);
            assertThat(findings.getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(2);
            assertThat(findings.getCell(0).getText()).contains("97 %").contains("Numbers differ: 3 ≠ <4> & more");
            assertThat(table.getRow(3).getCell(0).getParagraphs()).hasSize(2);
        }
    }

    @Test
    void spanish_labels_when_asked() throws Exception {
        ExportOptions spanish = ExportOptions.builder().reportLanguage("es").build();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Exports.bytes(hostile, Format.DOCX, spanish)))) {
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).isEqualTo("Español");
            assertThat(doc.getTables().get(0).getRow(0).getCell(1).getText()).isEqualTo("Inglés");
        }
    }

    private static String sheetText(byte[] xlsx) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            sb.append("sheet: ").append(sheet.getSheetName()).append('\n');
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(switch (c.getCellType()) {
                    case NUMERIC -> String.valueOf(c.getNumericCellValue());
                    default -> c.getStringCellValue();
                }));
                sb.append(String.join(" | ", cells).replace("\n", "⏎")).append('\n');
            }
        }
        return sb.toString();
    }

    private static String tableText(byte[] docx) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            doc.getParagraphs().forEach(p -> sb.append(p.getText()).append('\n'));
            for (XWPFTableRow row : doc.getTables().get(0).getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    cells.add(String.join("¶", cell.getParagraphs().stream().map(p -> p.getText()).toList()));
                }
                sb.append(String.join(" || ", cells).replace("\n", "⏎")).append('\n');
            }
        }
        return sb.toString();
    }
}
