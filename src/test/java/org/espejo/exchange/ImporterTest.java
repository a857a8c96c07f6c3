package org.espejo.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImporterTest {

    @Test
    void trados_style_tmx_in_utf16_with_upper_case_codes_and_native_tags() throws Exception {
        String tmx = """
                <?xml version="1.0" encoding="UTF-16"?>
                <tmx version="1.4"><header creationtool="SDL Language Platform" creationtoolversion="8.1" o-tmf="SDL TM8 Format"
                 datatype="xml" segtype="sentence" adminlang="EN-US" srclang="EN-US"><prop type="x-Recognizers">RecognizeAll</prop></header>
                <body>
                <tu creationdate="20240101T120000Z" creationid="translator"><prop type="x-Context">0, 0</prop>
                <tuv xml:lang="EN-US"><seg>Press <bpt i="1" type="bold">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> now.</seg></tuv>
                <tuv xml:lang="ES-ES"><seg>Pulse <bpt i="1" type="bold">&lt;b&gt;</bpt>Guardar<ept i="1">&lt;/b&gt;</ept> ahora.</seg></tuv>
                </tu>
                <tu><tuv xml:lang="EN-US"><seg>Line<ph x="2" type="lb">&lt;br/&gt;</ph>break &amp; more</seg></tuv>
                <tuv xml:lang="ES-ES"><seg>Salto<ph x="2" type="lb">&lt;br/&gt;</ph>de línea y más</seg></tuv></tu>
                </body></tmx>
                """;
        ImportedFile file = read("memory.tmx", tmx, StandardCharsets.UTF_16);

        assertThat(file.format()).isEqualTo(Format.TMX);
        BilingualDocument doc = file.document();
        assertThat(doc.name()).isEqualTo("memory");
        assertThat(doc.sourceLang()).isEqualTo("en-US");
        assertThat(doc.targetLang()).isEqualTo("es-ES");
        assertThat(doc.rows()).extracting(BilingualRow::sourceText).containsExactly("Press Save now.", "Linebreak & more");
        assertThat(doc.rows()).extracting(BilingualRow::targetText).containsExactly("Pulse Guardar ahora.", "Saltode línea y más");
        assertThat(doc.rows()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(ReviewStatus.CONFIRMED);
            assertThat(r.confidence()).isEqualTo(1.0);
        });
    }

    @Test
    void omegat_style_tmx_with_doctype_legacy_lang_and_highlights() throws Exception {
        String tmx = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE tmx SYSTEM "tmx11.dtd">
                <tmx version="1.1">
                  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext"
                          creationtoolversion="6.0.0" segtype="sentence" srclang="es"/>
                  <body>
                    <tu>
                      <tuv lang="es"><seg>Un <hi type="italic">hidalgo</hi> de los de lanza.</seg></tuv>
                      <tuv lang="en"><seg>A <hi type="italic">gentleman</hi> of the lance.</seg></tuv>
                    </tu>
                    <tu>
                      <note>checked</note>
                      <tuv xml:lang="es"><seg>Rocinante</seg></tuv>
                      <tuv xml:lang="en"><seg>Rocinante</seg></tuv>
                    </tu>
                  </body>
                </tmx>
                """;
        BilingualDocument doc = read("omegat.tmx", tmx, StandardCharsets.UTF_8).document();

        assertThat(doc.rows()).extracting(BilingualRow::sourceText).containsExactly("Un hidalgo de los de lanza.", "Rocinante");
        assertThat(doc.rows()).extracting(BilingualRow::targetText).containsExactly("A gentleman of the lance.", "Rocinante");
        assertThat(doc.rows().get(1).notes()).containsExactly("checked");
    }

    @Test
    void multilingual_memory_takes_the_most_frequent_other_language_and_regional_variants() throws Exception {
        String tmx = """
                <tmx version="1.4"><header creationtool="memoQ" creationtoolversion="9" segtype="sentence" o-tmf="memoQ"
                 adminlang="en" srclang="*all*" datatype="unknown"/><body>
                <tu><tuv xml:lang="en-us"><seg>One</seg></tuv><tuv xml:lang="fr-fr"><seg>Un</seg></tuv><tuv xml:lang="es-mx"><seg>Uno</seg></tuv></tu>
                <tu><tuv xml:lang="en-US"><seg>Two</seg></tuv><tuv xml:lang="es-MX"><seg>Dos</seg></tuv></tu>
                <tu><tuv xml:lang="en"><seg>Three</seg></tuv><tuv xml:lang="es_MX"><seg>Tres</seg></tuv></tu>
                <tu><tuv xml:lang="fr-FR"><seg>Quatre</seg></tuv><tuv xml:lang="de-DE"><seg>Vier</seg></tuv></tu>
                </body></tmx>
                """;
        ImportedFile file = read("multi.tmx", tmx, StandardCharsets.UTF_8);

        assertThat(file.document().sourceLang()).isEqualTo("en-US");
        assertThat(file.document().targetLang()).isEqualTo("es-MX");
        assertThat(file.document().rows()).extracting(BilingualRow::targetText).containsExactly("Uno", "Dos", "Tres");
        assertThat(file.skippedUnits()).isEqualTo(1);
    }

    @Test
    void xliff12_from_a_cat_tool_with_groups_inline_codes_and_candidates() throws Exception {
        String xliff = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="manual.docx" source-language="en-US" datatype="x-docx">
                    <header><phase-group><phase phase-name="p1" process-name="translation"/></phase-group></header>
                    <body>
                      <group id="g1">
                        <trans-unit id="1">
                          <source>Click <g id="1" ctype="bold">here</g><x id="2"/>.</source>
                          <seg-source><mrk mtype="seg" mid="0">Click <g id="1">here</g><x id="2"/>.</mrk></seg-source>
                          <target xml:lang="es-ES" state="translated"><mrk mtype="seg" mid="0">Haga clic <g id="1">aquí</g><x id="2"/>.</mrk></target>
                          <alt-trans match-quality="80"><source>Click there.</source><target>Haga clic allí.</target></alt-trans>
                          <note>Check the button name</note>
                        </trans-unit>
                        <trans-unit id="2"><source>Tab <ph id="3">&lt;tab/&gt;</ph>stop. Next.</source>
                          <seg-source><mrk mtype="seg" mid="a">Tab <ph id="3">&lt;tab/&gt;</ph>stop.</mrk> <mrk mtype="seg" mid="b">Next.</mrk></seg-source>
                          <target><mrk mtype="seg" mid="a">Tabulador <ph id="3">&lt;tab/&gt;</ph>parada.</mrk> <mrk mtype="seg" mid="b">Siguiente.</mrk></target>
                        </trans-unit>
                      </group>
                      <bin-unit id="b1" mime-type="image/png"><bin-source><external-file href="a.png"/></bin-source></bin-unit>
                    </body>
                  </file>
                </xliff>
                """;
        ImportedFile file = read("manual.docx.sdlxliff", xliff, StandardCharsets.UTF_8);

        assertThat(file.format()).isEqualTo(Format.XLIFF_1_2);
        BilingualDocument doc = file.document();
        assertThat(doc.name()).isEqualTo("manual.docx");
        assertThat(doc.targetLang()).isEqualTo("es-ES");
        assertThat(doc.rows()).extracting(BilingualRow::sourceText).containsExactly("Click here.", "Tab stop. Next.");
        assertThat(doc.rows()).extracting(BilingualRow::targetText).containsExactly("Haga clic aquí.", "Tabulador parada. Siguiente.");
        assertThat(doc.rows().get(0).notes()).containsExactly("Check the button name");
        assertThat(doc.rows().get(1).sentencePairs()).containsExactly(
                new SentencePair("Tab stop.", "Tabulador parada."), new SentencePair("Next.", "Siguiente."));
    }

    @Test
    void xliff2_with_groups_paired_codes_placeholders_and_code_points() throws Exception {
        String xliff = """
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="es">
                  <file id="f1">
                    <group id="g1">
                      <unit id="u1">
                        <notes><note>Title</note></notes>
                        <originalData><data id="d1">&lt;b&gt;</data></originalData>
                        <segment state="final"><source>The <pc id="1">bold</pc> word<ph id="2" dataRef="d1"/>.</source>
                          <target>La palabra <pc id="1">negrita</pc><ph id="2" dataRef="d1"/>.</target></segment>
                        <ignorable><source> </source></ignorable>
                        <segment><source>Tab<cp hex="0009"/>here.</source><target>Tab<cp hex="0009"/>aquí.</target></segment>
                      </unit>
                    </group>
                  </file>
                </xliff>
                """;
        ImportedFile file = read("doc.xlf", xliff, StandardCharsets.UTF_8);

        assertThat(file.format()).isEqualTo(Format.XLIFF);
        BilingualRow row = file.document().rows().get(0);
        assertThat(row.sourceText()).isEqualTo("The bold word. Tab\there.");
        assertThat(row.targetText()).isEqualTo("La palabra negrita. Tab\taquí.");
        assertThat(row.sentencePairs()).hasSize(2);
        assertThat(row.notes()).containsExactly("Title");
    }

    @Test
    void an_external_entity_is_refused_and_nothing_is_read() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <tmx version="1.4"><header srclang="en"/><body><tu>
                <tuv xml:lang="en"><seg>&secret;</seg></tuv><tuv xml:lang="es"><seg>x</seg></tuv></tu></body></tmx>
                """;
        assertThatThrownBy(() -> read("xxe.tmx", xxe, StandardCharsets.UTF_8))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).reason()).isEqualTo(ImportFailure.MALFORMED));
    }

    @Test
    void entity_expansion_is_refused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE tmx [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = dtd + "]><tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>&l9;</seg></tuv>"
                + "<tuv xml:lang=\"es\"><seg>x</seg></tuv></tu></body></tmx>";

        assertThatThrownBy(() -> read("bomb.tmx", bomb, StandardCharsets.UTF_8))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).reason()).isEqualTo(ImportFailure.MALFORMED));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "%PDF-1.7 binary",
        "<html><body>Hello</body></html>",
        "<xliff version=\"3.0\"><file/></xliff>",
        ""})
    void other_content_is_unsupported(String content) {
        assertThatThrownBy(() -> read("file.tmx", content, StandardCharsets.UTF_8))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).reason()).isEqualTo(ImportFailure.UNSUPPORTED));
    }

    @Test
    void a_truncated_file_is_malformed() {
        String cut = "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>Hel";

        assertThatThrownBy(() -> read("cut.tmx", cut, StandardCharsets.UTF_8))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).reason()).isEqualTo(ImportFailure.MALFORMED));
    }

    @Test
    void a_monolingual_memory_is_not_bilingual() {
        String mono = "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>Hello</seg></tuv></tu></body></tmx>";

        assertThatThrownBy(() -> read("mono.tmx", mono, StandardCharsets.UTF_8))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).reason()).isEqualTo(ImportFailure.NOT_BILINGUAL));
    }

    @Test
    void a_memory_without_units_is_empty() {
        String empty = "<tmx version=\"1.4\"><header srclang=\"en\"/><body/></tmx>";

        assertThatThrownBy(() -> read("empty.tmx", empty, StandardCharsets.UTF_8))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).reason()).isEqualTo(ImportFailure.EMPTY));
    }

    @Test
    void sentence_level_tmx_of_espejo_gives_a_row_per_unit() throws Exception {
        ExportOptions sentences = ExportOptions.builder().segtype(Segtype.SENTENCE).build();

        List<BilingualRow> rows = Exports.reimport(Fixtures.hostile(), Format.TMX, sentences).document().rows();

        assertThat(rows).hasSize(8);
        assertThat(rows.get(1).source()).containsExactly("Primer párrafo.");
        assertThat(rows.get(2).target()).isEmpty();
    }

    private static ImportedFile read(String name, String content, Charset charset) throws ImportException, IOException {
        byte[] bytes = content.strip().getBytes(charset);
        return Importer.read(name, new ByteArrayInputStream(bytes));
    }
}
