package org.espejo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.espejo.exchange.BilingualDocument;
import org.espejo.exchange.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AlignCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void tsv_output_has_one_bead_per_line_in_the_gold_format_plus_confidence() throws IOException {
        Path es = write("es.txt", """
                El presidente Obregón visitó Guadalajara en 1921.

                La producción de café en Veracruz aumentó un 17 por ciento.

                El ayuntamiento de Querétaro aprobó 57 reglamentos de tráfico urbano y estacionamiento.

                El museo de Oaxaca recibió 48.000 visitantes.
                """);
        Path en = write("en.txt", """
                President Obregón visited Guadalajara in 1921.

                Coffee production in Veracruz increased by 17 percent.

                The Oaxaca museum received 48,000 visitors.
                """);
        assertThat(run("align", es.toString(), en.toString(), "--format", "tsv")).isZero();
        String[] lines = output().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).matches("0\t0\t(0|1)\\.\\d{3}");
        assertThat(lines[2]).startsWith("2\t\t");
        assertThat(lines[3]).startsWith("3\t2\t");
    }

    @Test
    void json_output_carries_types_confidence_and_evidence() throws IOException {
        Path es = write("a.txt", "Llegó a Michoacán con 1.500 soldados.\n");
        Path en = write("b.txt", "He reached Michoacan with 1,500 soldiers.\n");
        assertThat(run("align", es.toString(), en.toString(), "--format", "json")).isZero();
        assertThat(output()).contains("\"type\":\"1-1\"", "\"numbers\":[\"1.500\"]", "\"names\":[\"Michoacán\"]",
                "\"moves\":[]");
    }

    private static final String ES = """
            El presidente Obregón visitó Guadalajara en 1921 & <habló>.

            La producción de café en Veracruz aumentó un 17 por ciento.\u0001

            El ayuntamiento de Querétaro aprobó 57 reglamentos de tráfico urbano y estacionamiento.

            El museo de Oaxaca recibió 48.000 visitantes. Luego cerró.
            """;
    private static final String EN = """
            President Obregón visited Guadalajara in 1921 & <spoke>.

            Coffee production in Veracruz increased by 17 percent.

            The Oaxaca museum received 48,000 visitors. Then it closed.
            """;

    private Document exportXml(String... options) throws Exception {
        Path es = write("es.txt", ES);
        Path en = write("en.txt", EN);
        String[] args = new String[3 + options.length];
        args[0] = "align";
        args[1] = es.toString();
        args[2] = en.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        assertThat(run(args)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> texts(Document xml, String element) {
        NodeList nodes = xml.getElementsByTagNameNS("*", element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void tmx_output_is_tmx_1_4b_with_escaped_text_and_no_control_characters() throws Exception {
        Document tmx = exportXml("--format", "tmx");
        Element header = (Element) tmx.getElementsByTagName("header").item(0);
        assertThat(tmx.getDocumentElement().getAttribute("version")).isEqualTo("1.4");
        assertThat(header.getAttribute("srclang")).isEqualTo("es");
        assertThat(header.getAttribute("segtype")).isEqualTo("paragraph");
        assertThat(header.getAttribute("creationtool")).isEqualTo("Espejo");
        assertThat(tmx.getElementsByTagName("tu").getLength()).isEqualTo(4);
        assertThat(texts(tmx, "seg")).contains("El presidente Obregón visitó Guadalajara en 1921 & <habló>.",
                "President Obregón visited Guadalajara in 1921 & <spoke>.",
                "La producción de café en Veracruz aumentó un 17 por ciento.");
        assertThat(output()).doesNotContain("\u0001");
    }

    @Test
    void tmx_gap_row_carries_only_its_source_variant() throws Exception {
        Document tmx = exportXml("--format", "tmx");
        Element third = (Element) tmx.getElementsByTagName("tu").item(2);
        assertThat(third.getElementsByTagName("tuv").getLength()).isEqualTo(1);
        assertThat(third.getTextContent()).contains("Querétaro");
    }

    @Test
    void tmx_keeps_the_regional_language_tags_given() throws Exception {
        Document tmx = exportXml("--format", "tmx", "--source-lang", "es-MX", "--target-lang", "en-GB");
        Element tuv = (Element) tmx.getElementsByTagName("tuv").item(1);
        assertThat(tuv.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("en-GB");
        assertThat(((Element) tmx.getElementsByTagName("header").item(0)).getAttribute("srclang")).isEqualTo("es-MX");
    }

    @Test
    void sentence_level_tmx_has_one_unit_per_sentence_pair() throws Exception {
        Document tmx = exportXml("--format", "tmx", "--level", "sentence");
        assertThat(((Element) tmx.getElementsByTagName("header").item(0)).getAttribute("segtype")).isEqualTo("sentence");
        assertThat(texts(tmx, "seg")).contains("El museo de Oaxaca recibió 48.000 visitantes.", "Luego cerró.",
                "The Oaxaca museum received 48,000 visitors.", "Then it closed.");
        assertThat(tmx.getElementsByTagName("tu").getLength()).isEqualTo(5);
    }

    @Test
    void xliff_output_is_xliff_2_1_with_a_unit_per_row_and_a_segment_per_sentence_pair() throws Exception {
        Document xliff = exportXml("--format", "xliff", "--level", "sentence");
        Element root = xliff.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("urn:oasis:names:tc:xliff:document:2.0");
        assertThat(root.getAttribute("version")).isEqualTo("2.1");
        assertThat(root.getAttribute("srcLang")).isEqualTo("es");
        assertThat(root.getAttribute("trgLang")).isEqualTo("en");
        assertThat(xliff.getElementsByTagNameNS("*", "unit").getLength()).isEqualTo(4);
        Element last = (Element) xliff.getElementsByTagNameNS("*", "unit").item(3);
        assertThat(last.getElementsByTagNameNS("*", "segment").getLength()).isEqualTo(2);
        assertThat(((Element) last.getElementsByTagNameNS("*", "segment").item(0)).getAttribute("state"))
                .isEqualTo("translated");
    }

    @Test
    void xliff12_output_is_xliff_1_2() throws Exception {
        Document xliff = exportXml("--format", "xliff12");
        assertThat(xliff.getDocumentElement().getNamespaceURI()).isEqualTo("urn:oasis:names:tc:xliff:document:1.2");
        assertThat(xliff.getElementsByTagNameNS("*", "trans-unit").getLength()).isEqualTo(4);
        assertThat(texts(xliff, "target")).contains("Coffee production in Veracruz increased by 17 percent.");
    }

    @Test
    void tmx_output_reads_back_as_the_same_rows() throws Exception {
        exportXml("--format", "tmx");
        BilingualDocument back = Importer.read("out.tmx", new ByteArrayInputStream(out.toByteArray())).document();
        assertThat(back.rows()).hasSize(4);
        assertThat(back.rows().get(3).sourceText()).isEqualTo("El museo de Oaxaca recibió 48.000 visitantes. Luego cerró.");
        assertThat(back.rows().get(3).targetText()).isEqualTo("The Oaxaca museum received 48,000 visitors. Then it closed.");
        assertThat(back.rows().get(2).targetText()).isEmpty();
    }

    @Test
    void html_output_is_a_side_by_side_report_with_escaped_text() throws IOException {
        Path es = write("es.txt", ES);
        Path en = write("en.txt", EN);
        assertThat(run("align", es.toString(), en.toString(), "--format", "html")).isZero();
        assertThat(output()).startsWith("<!DOCTYPE html>").contains("<table", "1921 &amp; &lt;habló&gt;.",
                "1921 &amp; &lt;spoke&gt;.").doesNotContain("<habló>");
    }

    @Test
    void tsv_output_is_read_by_eval_as_a_gold_alignment() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data/doc"));
        Path es = Files.writeString(data.resolve("es.txt"), ES);
        Path en = Files.writeString(data.resolve("en.txt"), EN);
        assertThat(run("align", es.toString(), en.toString(), "--format", "tsv")).isZero();
        Files.writeString(data.resolve("gold.tsv"), output());
        out.reset();
        assertThat(run("eval", "--level", "paragraph", "-q", data.getParent().toString())).isZero();
        assertThat(output()).containsPattern("TOTAL .*paragraph +1 +1\\.000 +1\\.000 +1\\.000");
    }

    @Test
    void sentence_level_numbers_sentences_across_the_text() throws IOException {
        Path es = write("a.txt", "Llegó el Sr. Pérez a Lima en 1990. Dijo que sí.\n\n¿Quién vino después? Nadie.\n");
        Path en = write("b.txt", "Mr. Pérez arrived in Lima in 1990. He said yes.\n\nWho came next? Nobody.\n");
        assertThat(run("align", es.toString(), en.toString(), "--level", "sentence")).isZero();
        assertThat(output().lines().map(l -> l.substring(0, l.lastIndexOf('\t'))))
                .containsExactly("0\t0", "1\t1", "2\t2", "3\t3");
    }

    @Test
    void missing_input_file_exits_with_one_and_a_message() {
        assertThat(run("align", dir.resolve("nope.txt").toString(), dir.resolve("nope2.txt").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("align: cannot read input");
    }

    @Test
    void bad_option_exits_with_two() throws IOException {
        Path es = write("a.txt", "Hola.\n");
        assertThat(run("align", es.toString(), es.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(run("align", es.toString())).isEqualTo(2);
        assertThat(run("align", es.toString(), es.toString(), "--format", "tmx", "--source-lang", "es_??")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("align: not a language tag");
    }

    @Test
    void two_texts_in_the_same_language_are_aligned_not_refused() throws IOException {
        Path a = write("a.txt", "One paragraph.\n\nAnother paragraph.\n");
        assertThat(run("align", a.toString(), a.toString())).isZero();
        assertThat(output().lines()).hasSize(2);
    }
}
