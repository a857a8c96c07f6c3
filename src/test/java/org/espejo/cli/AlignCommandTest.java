package org.espejo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void tmx_output_is_a_minimal_tmx_document() throws IOException {
        Path es = write("a.txt", "Hola & adiós.\n");
        Path en = write("b.txt", "Hello & goodbye.\n");
        assertThat(run("align", es.toString(), en.toString(), "--format", "tmx")).isZero();
        assertThat(output()).contains("<tmx version=\"1.4\">", "<tuv xml:lang=\"es\"><seg>Hola &amp; adiós.</seg>");
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
    }

    @Test
    void two_texts_in_the_same_language_are_aligned_not_refused() throws IOException {
        Path a = write("a.txt", "One paragraph.\n\nAnother paragraph.\n");
        assertThat(run("align", a.toString(), a.toString())).isZero();
        assertThat(output().lines()).hasSize(2);
    }
}
