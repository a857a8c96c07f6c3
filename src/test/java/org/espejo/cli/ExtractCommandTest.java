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

class ExtractCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void prints_one_paragraph_per_line() throws Exception {
        Path story = file("cuento.txt", "Primera línea\ndel primer párrafo.\n\nSegundo párrafo.\n");

        assertThat(run("extract", story.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("Primera línea del primer párrafo.\nSegundo párrafo.\n".replace("\n", System.lineSeparator()));
    }

    @Test
    void numbered_output_shows_index_and_kind() throws Exception {
        Path story = file("cuento.md", "# Título\n\nTexto.\n\n- punto\n");

        assertThat(run("extract", "--numbered", story.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("0\tHEADING\tTítulo", "1\tBODY\tTexto.", "2\tLIST_ITEM\tpunto");
    }

    @Test
    void split_line_makes_every_line_a_paragraph() throws Exception {
        Path story = file("cuento.txt", "uno\ndos\n\ntres\n");

        assertThat(run("extract", "--split", "line", story.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly("uno", "dos", "tres");
    }

    @Test
    void an_unreadable_file_gives_a_plain_message_and_status_1() throws Exception {
        Path empty = file("vacio.docx", "");

        assertThat(run("extract", empty.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("vacio.docx").contains("the file is empty");
    }

    @Test
    void a_missing_file_gives_status_1() {
        assertThat(run("extract", dir.resolve("no-existe.txt").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file");
    }

    @Test
    void info_goes_to_standard_error() throws Exception {
        Path story = file("cuento.txt", "Hola.\n");

        assertThat(run("extract", "--info", story.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly("Hola.");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("media type: text/plain").contains("paragraphs: 1");
    }
}
