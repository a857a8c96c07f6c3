package org.espejo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectCommandTest {

    private static final String SPANISH = "En un lugar de la Mancha, de cuyo nombre no quiero acordarme, "
            + "no ha mucho tiempo que vivía un hidalgo de los de lanza en astillero.";
    private static final String ENGLISH = "In a village of La Mancha, the name of which I have no desire "
            + "to call to mind, there lived not long since one of those gentlemen.";

    @TempDir
    Path dir;

    private record Run(int status, List<String> out, String err) {
    }

    private Run detect(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] full = new String[args.length + 1];
        full[0] = "detect";
        System.arraycopy(args, 0, full, 1, args.length);
        int status = Cli.run(full, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8));
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void prints_the_document_language_then_index_language_confidence_and_first_words_per_paragraph() throws IOException {
        Path text = file("story.txt", SPANISH + "\n\n" + SPANISH + "\n\nHola\n");

        Run run = detect(text.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).hasSize(4);
        assertThat(run.out().get(0)).startsWith("document\tes\t1.000\tes 9");
        assertThat(run.out().get(1)).matches("0\tes\t0\\.9\\d\\d\tEn un lugar de la Mancha, de cuyo …");
        assertThat(run.out().get(3)).isEqualTo("2\tund\t0.000\tHola");
    }

    @Test
    void split_by_line_makes_each_line_a_paragraph() throws IOException {
        Path text = file("lines.txt", SPANISH + "\n" + ENGLISH + "\n");

        Run run = detect(text.toString(), "--split", "line");

        assertThat(run.out()).hasSize(3);
        assertThat(run.out().get(1)).startsWith("0\tes\t");
        assertThat(run.out().get(2)).startsWith("1\ten\t");
    }

    @Test
    void with_a_side_language_each_paragraph_shows_its_status() throws IOException {
        Path text = file("side.txt", SPANISH + "\n\n" + ENGLISH + "\n");

        Run run = detect(text.toString(), "--side", "es");

        assertThat(run.out().get(1)).contains("\tSAME\t");
        assertThat(run.out().get(2)).contains("\tUNTRANSLATED\t");
    }

    @Test
    void an_empty_file_exits_with_status_one_and_says_why() throws IOException {
        Path empty = file("empty.txt", "");

        Run run = detect(empty.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("Cannot read").contains("empty");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_missing_file_exits_with_status_one() {
        Run run = detect(dir.resolve("nowhere.docx").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("no such file");
    }

    @Test
    void an_unknown_split_rule_is_a_usage_error() throws IOException {
        Path text = file("story.txt", SPANISH);

        Run run = detect(text.toString(), "--split", "sentence");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--split must be blank or line");
    }
}
