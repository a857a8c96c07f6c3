package org.espejo.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class TabularExportTest {

    private final BilingualDocument hostile = Fixtures.hostile();
    private final BilingualDocument cleaned = Fixtures.hostileCleaned();

    @Test
    void tsv_matches_the_golden_file() throws Exception {
        Golden.assertMatches("hostile.tsv", Exports.text(hostile, Format.TSV, Exports.GOLDEN.build()));
    }

    @Test
    void csv_matches_the_golden_file() throws Exception {
        Golden.assertMatches("hostile.csv", Exports.text(hostile, Format.CSV, Exports.GOLDEN.build()));
    }

    @Test
    void tsv_has_one_line_per_row_and_six_fields_on_each() {
        String tsv = Exports.text(hostile, Format.TSV, ExportOptions.defaults());

        List<String> lines = tsv.lines().toList();
        assertThat(lines).hasSize(1 + cleaned.rows().size());
        assertThat(lines).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(6));
        assertThat(lines.get(0)).isEqualTo("row\tes\ten\tconfidence\tstatus\tnotes");
        assertThat(lines.get(4)).startsWith("4\tTexto con controles y ]]> fin con tabulador.\tText with controls and ]]> end next line.\t");
    }

    @Test
    void csv_parses_back_to_the_texts_by_rfc_4180() throws Exception {
        String csv = Exports.text(hostile, Format.CSV, ExportOptions.defaults());

        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(1 + cleaned.rows().size());
        for (int i = 0; i < cleaned.rows().size(); i++) {
            BilingualRow row = cleaned.rows().get(i);
            CSVRecord r = records.get(i + 1);
            assertThat(r.get(1)).isEqualTo(String.join("\n", row.source()));
            assertThat(r.get(2)).isEqualTo(String.join("\n", row.target()));
            assertThat(r.get(5)).isEqualTo(String.join("\n", row.notes()));
        }
        assertThat(csv).contains("\r\n");
    }

    @Test
    void byte_order_mark_only_when_asked() {
        byte[] plain = Exports.bytes(hostile, Format.CSV, ExportOptions.defaults());
        byte[] marked = Exports.bytes(hostile, Format.CSV, ExportOptions.builder().byteOrderMark(true).build());

        assertThat(plain[0]).isEqualTo((byte) 'r');
        assertThat(marked).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(marked, 3, marked.length - 3, StandardCharsets.UTF_8))
                .isEqualTo(new String(plain, StandardCharsets.UTF_8));
    }

    @Test
    void sentence_segtype_gives_a_line_per_sentence_pair() {
        String tsv = Exports.text(hostile, Format.TSV, ExportOptions.builder().segtype(Segtype.SENTENCE).build());

        assertThat(tsv.lines().filter(l -> l.startsWith("2\t")).toList()).containsExactly(
                "2\tPrimer párrafo.\tFirst paragraph.\t0.812\tautomatic\t",
                "2\tCon dos frases.\t\t0.812\tautomatic\t",
                "2\tSegundo párrafo 🙂 con emoji.\tSecond paragraph 🙂 with emoji.\t0.812\tautomatic\t");
    }
}
