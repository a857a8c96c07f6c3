package org.espejo.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.junit.jupiter.api.Test;

class TmxExportTest {

    private final BilingualDocument hostile = Fixtures.hostile();

    @Test
    void hostile_text_matches_the_golden_file() throws Exception {
        Golden.assertMatches("hostile.tmx", Exports.text(hostile, Format.TMX, Exports.GOLDEN.build()));
    }

    @Test
    void export_is_valid_against_the_tmx_1_4b_dtd() throws Exception {
        XmlValidation.tmx(Exports.bytes(hostile, Format.TMX, ExportOptions.defaults()));
        XmlValidation.tmx(Exports.bytes(hostile, Format.TMX, ExportOptions.builder().segtype(Segtype.SENTENCE).build()));
    }

    @Test
    void okapi_reads_every_pair_with_its_text_and_properties() {
        byte[] tmx = Exports.bytes(hostile, Format.TMX, ExportOptions.builder().includeGaps(false).build());

        List<OkapiReader.Unit> units = OkapiReader.read(new TmxFilter(), tmx, "es", "en");

        BilingualDocument expected = Fixtures.hostileCleaned();
        assertThat(units).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(units.get(i).source()).isEqualTo(expected.rows().get(i).sourceText());
            assertThat(units.get(i).target()).isEqualTo(expected.rows().get(i).targetText());
        }
        assertThat(units.get(0).properties()).containsEntry("x-espejo-confidence", "0.970")
                .containsEntry("x-espejo-status", "confirmed")
                .containsEntry("x-espejo-comparison", "Prueba <hostil> & \"rara\"");
        assertThat(units.get(1).properties()).containsEntry("x-espejo-status", "automatic");
    }

    @Test
    void regional_language_codes_go_into_header_and_variants() throws Exception {
        String tmx = Exports.text(hostile, Format.TMX, ExportOptions.builder().languages("es-MX", "en-GB").includeGaps(false).build());

        assertThat(tmx).contains("srclang=\"es-MX\"").contains("xml:lang=\"es-MX\"").contains("xml:lang=\"en-GB\"")
                .doesNotContain("xml:lang=\"es\"").doesNotContain("xml:lang=\"en\"");
        List<OkapiReader.Unit> units = OkapiReader.read(new TmxFilter(), tmx.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "es-MX", "en-GB");
        assertThat(units.get(0).target()).startsWith("The <b>knight</b>");
    }

    @Test
    void okapi_reads_gap_rows_too() {
        byte[] tmx = Exports.bytes(hostile, Format.TMX, ExportOptions.defaults());

        List<OkapiReader.Unit> units = OkapiReader.read(new TmxFilter(), tmx, "es", "en");

        assertThat(units).hasSize(6);
        assertThat(units.get(4).target()).isEmpty();
        assertThat(units.get(5).source()).isEmpty();
        assertThat(units.get(5).target()).startsWith("Added paragraph");
    }

    @Test
    void a_language_code_of_another_language_is_refused() {
        ExportOptions swapped = ExportOptions.builder().languages("en-US", "es-ES").build();

        assertThatThrownBy(() -> Exports.bytes(hostile, Format.TMX, swapped))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("en-US");
    }

    @Test
    void gaps_are_left_out_when_asked_and_never_get_an_empty_translation() {
        String with = Exports.text(hostile, Format.TMX, ExportOptions.defaults());
        String without = Exports.text(hostile, Format.TMX, ExportOptions.builder().includeGaps(false).build());

        assertThat(count(with, "<tu ")).isEqualTo(6);
        assertThat(count(without, "<tu ")).isEqualTo(4);
        assertThat(without).doesNotContain("Párrafo omitido").doesNotContain("Added paragraph");
        assertThat(with).contains("<tuv xml:lang=\"es\">\n        <seg></seg>")
                .doesNotContain("<tuv xml:lang=\"en\">\n        <seg></seg>");
    }

    @Test
    void only_reviewed_rows_when_asked() {
        String tmx = Exports.text(hostile, Format.TMX, ExportOptions.builder().confirmedOnly(true).build());

        assertThat(count(tmx, "<tu ")).isEqualTo(2);
        assertThat(tmx).contains("tuid=\"1\"").contains("tuid=\"3\"").contains(">edited</prop>");
    }

    @Test
    void sentence_segtype_writes_one_unit_per_sentence_pair() {
        String tmx = Exports.text(hostile, Format.TMX, ExportOptions.builder().segtype(Segtype.SENTENCE)
                .includeGaps(false).build());

        assertThat(tmx).contains("segtype=\"sentence\"").contains("tuid=\"2.1\"").contains("tuid=\"2.3\"")
                .doesNotContain("tuid=\"2.2\"").contains("<seg>First paragraph.</seg>");
        assertThat(count(tmx, "<tu ")).isEqualTo(5);
    }

    @Test
    void forbidden_control_characters_never_reach_the_file() {
        String tmx = Exports.text(hostile, Format.TMX, ExportOptions.defaults());

        assertThat(tmx.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t')).isEmpty();
        assertThat(tmx).doesNotContain("\r").contains("]]&gt;").contains("&lt;b&gt;caballero&lt;/b&gt; &amp; su");
    }

    @Test
    void round_trip_gives_the_same_rows() throws Exception {
        ImportedFile back = Exports.reimport(hostile, Format.TMX, ExportOptions.defaults());

        assertThat(back.format()).isEqualTo(Format.TMX);
        assertThat(back.skippedUnits()).isZero();
        assertThat(back.document()).isEqualTo(Fixtures.withoutPairs(Fixtures.hostileCleaned()));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
