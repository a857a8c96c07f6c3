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

class EvalCommandTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private void dataset(Path dir, String gold) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("es.txt"), """
                El presidente Obregón visitó Guadalajara en 1921.

                La producción de café en Veracruz aumentó un 17 por ciento.

                El museo de Oaxaca recibió 48.000 visitantes.
                """);
        Files.writeString(dir.resolve("en.txt"), """
                President Obregón visited Guadalajara in 1921.

                Coffee production in Veracruz increased by 17 percent.

                The Oaxaca museum received 48,000 visitors.
                """);
        Files.writeString(dir.resolve("gold.tsv"), gold);
    }

    @Test
    void a_parent_folder_is_searched_for_datasets_and_totals_are_printed_per_collection() throws IOException {
        dataset(root.resolve("collection/a"), "0\t0\n1\t1\n2\t2\n");
        dataset(root.resolve("collection/b"), "0\t0\n1,2\t1,2\n");
        assertThat(run("eval", root.toString(), "--level", "paragraph")).isZero();
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("collection/a", "collection/b");
        assertThat(report).containsPattern("TOTAL \\S*collection\\s+paragraph\\s+2\\s+0\\.667\\s+0\\.800");
    }

    @Test
    void quiet_mode_prints_only_totals() throws IOException {
        dataset(root.resolve("c/a"), "0\t0\n1\t1\n2\t2\n");
        assertThat(run("eval", "--quiet", root.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("c/a ").contains("TOTAL");
    }

    @Test
    void a_folder_without_datasets_exits_with_one() {
        assertThat(run("eval", root.toString())).isEqualTo(1);
    }
}
