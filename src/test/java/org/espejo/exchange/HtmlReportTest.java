package org.espejo.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private final BilingualDocument hostile = Fixtures.hostile();
    private final BilingualDocument cleaned = Fixtures.hostileCleaned();

    @Test
    void report_matches_the_golden_file() throws Exception {
        Golden.assertMatches("hostile.html", Exports.text(hostile, Format.HTML, Exports.GOLDEN.build()));
    }

    @Test
    void markup_in_the_texts_stays_text() {
        Document html = Jsoup.parse(Exports.text(hostile, Format.HTML, ExportOptions.defaults()));

        assertThat(html.select("td b")).isEmpty();
        assertThat(html.select("tbody tr")).hasSize(cleaned.rows().size());
        Element first = html.selectFirst("tr#r1");
        assertThat(first.select("td.text").get(0).text()).isEqualTo(cleaned.rows().get(0).sourceText());
        assertThat(first.select("td.text").get(1).text()).isEqualTo(cleaned.rows().get(0).targetText());
        assertThat(html.title()).isEqualTo("Prueba <hostil> & \"rara\" — Side-by-side report");
    }

    @Test
    void findings_sit_beside_their_row() {
        Document html = Jsoup.parse(Exports.text(hostile, Format.HTML, ExportOptions.defaults()));

        assertThat(html.select("tr#r1 ul.findings li").eachText()).containsExactly("Numbers differ: 3 ≠ <4> & more");
        assertThat(html.select("tr#r4 ul.findings li").eachText())
                .containsExactly("Line break only in the translation", "Control characters");
        assertThat(html.select("tr#r2 ul.findings")).isEmpty();
    }

    @Test
    void report_is_self_contained_and_printable() {
        Document html = Jsoup.parse(Exports.text(hostile, Format.HTML, ExportOptions.defaults()));

        assertThat(html.select("script, link, img, [src], [href]")).isEmpty();
        assertThat(html.selectFirst("style").data()).contains("@media print").contains("table-header-group");
        assertThat(html.select("td[lang=es][dir=auto]")).isNotEmpty();
    }

    @Test
    void gaps_and_paragraphs_are_shown() {
        Document html = Jsoup.parse(Exports.text(hostile, Format.HTML, ExportOptions.defaults()));

        assertThat(html.select("tr#r2 td.text").get(0).select("p")).hasSize(2);
        assertThat(html.selectFirst("tr#r5 td.missing").text()).isEqualTo("— no translation —");
        assertThat(html.selectFirst("tr#r6 td.missing").text()).isEqualTo("— not in the original —");
    }
}
