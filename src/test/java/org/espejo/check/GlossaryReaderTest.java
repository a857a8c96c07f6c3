package org.espejo.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.espejo.text.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryReaderTest {

    private static Glossary read(String name, String content) throws Exception {
        return GlossaryReader.read(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_tsv_with_a_language_header_knows_its_direction_and_its_forbidden_terms() throws Exception {
        Glossary g = read("terms.tsv", """
                es\ten\tforbidden\tnote
                faro\tlighthouse\tbeacon|light tower\tHouse style
                tasa de interés\tinterest rate\t\t
                """);
        assertThat(g.sourceLang()).isEqualTo(Lang.SPANISH);
        assertThat(g.targetLang()).isEqualTo(Lang.ENGLISH);
        assertThat(g.entries()).hasSize(2);
        assertThat(g.entries().get(0).forbidden()).containsExactly("beacon", "light tower");
        assertThat(g.entries().get(0).note()).isEqualTo("House style");
    }

    @Test
    void a_csv_without_header_is_source_then_target_then_forbidden() throws Exception {
        Glossary g = read("terms.csv", """
                # house glossary
                faro,lighthouse;light,beacon
                "Estados Unidos","United States",
                """);
        assertThat(g.sourceLang()).isEqualTo(Lang.UNKNOWN);
        assertThat(g.entries()).extracting(GlossaryEntry::source).containsExactly(
                java.util.List.of("faro"), java.util.List.of("Estados Unidos"));
        assertThat(g.entries().get(0).approved()).containsExactly("lighthouse", "light");
    }

    @Test
    void a_tbx_term_base_gives_approved_and_deprecated_terms() throws Exception {
        Glossary g = read("terms.tbx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
                <martif type="TBX" xml:lang="en"><text><body>
                  <termEntry id="c1">
                    <langSet xml:lang="en">
                      <tig><term>lighthouse</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                      <tig><term>beacon</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
                    </langSet>
                    <langSet xml:lang="es"><tig><term>faro</term></tig></langSet>
                  </termEntry>
                </body></text></martif>
                """);
        assertThat(g.sourceLang()).isEqualTo(Lang.SPANISH);
        assertThat(g.targetLang()).isEqualTo(Lang.ENGLISH);
        assertThat(g.entries()).singleElement().satisfies(e -> {
            assertThat(e.source()).containsExactly("faro");
            assertThat(e.approved()).containsExactly("lighthouse");
            assertThat(e.forbidden()).containsExactly("beacon");
        });
    }

    @Test
    void a_tbx_file_cannot_read_local_files_through_external_entities(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String tbx = """
                <?xml version="1.0"?>
                <!DOCTYPE martif [<!ENTITY xxe SYSTEM "%s">]>
                <martif><text><body><termEntry>
                  <langSet xml:lang="es"><tig><term>faro &xxe;</term></tig></langSet>
                  <langSet xml:lang="en"><tig><term>lighthouse</term></tig></langSet>
                </termEntry></body></text></martif>
                """.formatted(secret.toUri());
        try {
            Glossary g = read("evil.tbx", tbx);
            assertThat(g.entries().toString()).doesNotContain("TOP-SECRET");
        } catch (GlossaryException e) {
            assertThat(e.reason()).isEqualTo(GlossaryException.Reason.MALFORMED);
            assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
        }
    }

    @Test
    void an_empty_or_unreadable_glossary_is_a_typed_failure() {
        assertThatThrownBy(() -> read("empty.tsv", "es\ten\n"))
                .isInstanceOf(GlossaryException.class)
                .extracting(e -> ((GlossaryException) e).reason()).isEqualTo(GlossaryException.Reason.EMPTY);
        assertThatThrownBy(() -> read("broken.tbx", "<martif><text>"))
                .isInstanceOf(GlossaryException.class)
                .extracting(e -> ((GlossaryException) e).reason()).isEqualTo(GlossaryException.Reason.MALFORMED);
        assertThatThrownBy(() -> read("terms.docx", "PK binary"))
                .isInstanceOf(GlossaryException.class)
                .extracting(e -> ((GlossaryException) e).reason()).isEqualTo(GlossaryException.Reason.UNSUPPORTED);
    }

    @Test
    void the_planted_fixture_glossary_reads() throws IOException, GlossaryException {
        Glossary g = GlossaryReader.read(Path.of("src/test/resources/check/planted/glossary.tsv"));
        assertThat(g.entries()).hasSize(3);
    }
}
