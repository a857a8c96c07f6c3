package org.espejo.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.filters.xliff2.XLIFF2Filter;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.api.Test;

class XliffExportTest {

    private final BilingualDocument hostile = Fixtures.hostile();
    private final BilingualDocument cleaned = Fixtures.hostileCleaned();

    @Test
    void xliff2_matches_the_golden_file() throws Exception {
        Golden.assertMatches("hostile.xlf", Exports.text(hostile, Format.XLIFF, Exports.GOLDEN.build()));
    }

    @Test
    void xliff12_matches_the_golden_file() throws Exception {
        Golden.assertMatches("hostile.xliff", Exports.text(hostile, Format.XLIFF_1_2, Exports.GOLDEN.build()));
    }

    @Test
    void xliff2_is_valid_against_the_xliff_2_1_core_schema() throws Exception {
        XmlValidation.xliff2(Exports.bytes(hostile, Format.XLIFF, ExportOptions.defaults()));
    }

    @Test
    void xliff12_is_valid_against_the_xliff_1_2_strict_schema() throws Exception {
        XmlValidation.xliff12(Exports.bytes(hostile, Format.XLIFF_1_2, ExportOptions.defaults()));
    }

    @Test
    void an_empty_selection_still_gives_valid_files() throws Exception {
        BilingualDocument automaticOnly = new BilingualDocument("x", "es", "en",
                List.of(BilingualRow.of(List.of("Hola."), List.of("Hello."), 0.9, ReviewStatus.AUTOMATIC)));
        ExportOptions confirmed = ExportOptions.builder().confirmedOnly(true).build();

        XmlValidation.xliff2(Exports.bytes(automaticOnly, Format.XLIFF, confirmed));
        XmlValidation.xliff12(Exports.bytes(automaticOnly, Format.XLIFF_1_2, confirmed));
        XmlValidation.tmx(Exports.bytes(automaticOnly, Format.TMX, confirmed));
    }

    @Test
    void okapi_xliff2_library_validates_and_reads_units_segments_and_states() {
        byte[] xlf = Exports.bytes(hostile, Format.XLIFF, ExportOptions.defaults());
        List<Unit> units = new ArrayList<>();
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(new ByteArrayInputStream(xlf));
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isUnit()) {
                    units.add(event.getUnit());
                }
            }
        }

        assertThat(units).hasSize(6);
        Unit second = units.get(1);
        assertThat(second.getSegmentCount()).isEqualTo(3);
        assertThat(second.getSegment(0).getSource().getPlainText()).isEqualTo("Primer párrafo.");
        assertThat(second.getSegment(0).getTarget().getPlainText()).isEqualTo("First paragraph.");
        assertThat(second.getSegment(1).getTarget()).isNull();
        assertThat(second.getSegment(1).getState().toString()).isEqualTo("initial");
        assertThat(second.getSegment(2).getState().toString()).isEqualTo("translated");
        Segment first = units.get(0).getSegment(0);
        assertThat(first.getState().toString()).isEqualTo("final");
        assertThat(first.getSource().getPlainText()).isEqualTo(cleaned.rows().get(0).sourceText());
        assertThat(units.get(2).getSegment(0).getSubState()).isEqualTo("espejo:edited");
    }

    @Test
    void okapi_xliff2_filter_reads_the_texts() {
        byte[] xlf = Exports.bytes(hostile, Format.XLIFF, ExportOptions.builder().includeGaps(false).build());

        List<OkapiReader.Unit> units = OkapiReader.read(new XLIFF2Filter(), xlf, "es", "en");

        assertThat(units).extracting(OkapiReader.Unit::source)
                .containsExactlyElementsOf(cleaned.rows().subList(0, 4).stream().map(BilingualRow::sourceText).toList());
        assertThat(units.get(0).target()).isEqualTo(cleaned.rows().get(0).targetText());
        assertThat(units.get(3).target()).isEqualTo("Text with controls and ]]> end\nnext line.");
    }

    @Test
    void okapi_xliff12_filter_reads_the_texts() {
        byte[] xliff = Exports.bytes(hostile, Format.XLIFF_1_2, ExportOptions.builder().includeGaps(false).build());

        List<OkapiReader.Unit> units = OkapiReader.read(new XLIFFFilter(), xliff, "es", "en");

        assertThat(units).extracting(OkapiReader.Unit::source)
                .containsExactlyElementsOf(cleaned.rows().subList(0, 4).stream().map(BilingualRow::sourceText).toList());
        assertThat(units).extracting(OkapiReader.Unit::target)
                .containsExactlyElementsOf(cleaned.rows().subList(0, 4).stream().map(BilingualRow::targetText).toList());
    }

    @Test
    void xliff2_round_trip_gives_the_same_rows_with_their_sentence_pairs() throws Exception {
        ImportedFile back = Exports.reimport(hostile, Format.XLIFF, ExportOptions.defaults());

        assertThat(back.format()).isEqualTo(Format.XLIFF);
        assertThat(back.document()).isEqualTo(cleaned);
    }

    @Test
    void xliff12_round_trip_gives_the_same_rows_with_their_sentence_pairs() throws Exception {
        ImportedFile back = Exports.reimport(hostile, Format.XLIFF_1_2, ExportOptions.defaults());

        assertThat(back.format()).isEqualTo(Format.XLIFF_1_2);
        assertThat(back.document()).isEqualTo(cleaned);
    }

    @Test
    void regional_codes_are_written_as_chosen() {
        ExportOptions regional = ExportOptions.builder().languages("es-ES", "en-US").build();

        assertThat(Exports.text(hostile, Format.XLIFF, regional)).contains("srcLang=\"es-ES\" trgLang=\"en-US\"");
        assertThat(Exports.text(hostile, Format.XLIFF_1_2, regional))
                .contains("source-language=\"es-ES\" target-language=\"en-US\"");
    }
}
