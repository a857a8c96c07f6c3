package org.espejo.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.espejo.cli.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The planted-error story ({@code src/test/resources/check/planted/}) through the command line,
 * as a user runs it: every planted error must be found.
 */
class PlantedStoryTest {

    private static final Path DIR = Path.of("src/test/resources/check/planted");
    private static final List<JsonNode> FINDINGS = new ArrayList<>();
    private static int status;
    private static String summary;

    @BeforeAll
    static void runTheCheckCommand() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        status = Cli.run(new String[] {"check", DIR.resolve("es.txt").toString(), DIR.resolve("en.txt").toString(),
            "--glossary", DIR.resolve("glossary.tsv").toString(), "--format", "json"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).forEach(FINDINGS::add);
        summary = err.toString(StandardCharsets.UTF_8);
    }

    private static List<JsonNode> found(String messageKey, int row) {
        return FINDINGS.stream().filter(f -> f.get("messageKey").asText().equals(messageKey)
                && f.get("row").asInt() == row).toList();
    }

    @Test
    void the_command_succeeds_and_counts_the_findings_per_check() {
        assertThat(status).isZero();
        assertThat(summary).contains(FINDINGS.size() + " findings").contains("numbers").contains("typography");
    }

    @Test
    void the_changed_number_is_found() {
        assertThat(found("numbers.different", 2)).singleElement()
                .satisfies(f -> assertThat(f.get("args").toString()).isEqualTo("[\"212\",\"221\"]"));
    }

    @Test
    void the_dropped_name_is_found() {
        assertThat(found("names.missing", 4)).singleElement()
                .satisfies(f -> assertThat(f.get("args").get(0).asText()).isEqualTo("Lucía"));
    }

    @Test
    void the_omitted_sentence_is_found() {
        List<JsonNode> omissions = FINDINGS.stream()
                .filter(f -> f.get("type").asText().equals("omissions") && f.get("row").asInt() == 4).toList();
        assertThat(omissions).isNotEmpty();
    }

    @Test
    void the_untranslated_paragraph_is_found() {
        assertThat(found("untranslated.identical", 8)).isNotEmpty();
        assertThat(found("untranslated.paragraph-language", 8)).singleElement()
                .satisfies(f -> assertThat(f.get("message").asText()).isEqualTo("This paragraph seems to be in Spanish, not English."));
    }

    @Test
    void the_inconsistent_repeat_is_found() {
        assertThat(found("inconsistency.left-repeated", 3)).singleElement()
                .satisfies(f -> assertThat(f.get("otherRows").toString()).isEqualTo("[7]"));
    }

    @Test
    void the_glossary_violation_is_found() {
        assertThat(found("terminology.forbidden-use", 3)).singleElement()
                .satisfies(f -> assertThat(f.get("right").get(0).get("text").asText()).isEqualTo("beacon"));
    }

    @Test
    void the_unpaired_question_mark_is_found() {
        assertThat(found("typography.unopened-question", 6)).singleElement()
                .satisfies(f -> assertThat(f.get("left").get(0).get("text").asText()).isEqualTo("?"));
    }

    @Test
    void nothing_else_is_reported_on_the_correct_paragraphs() {
        List<Integer> clean = List.of(0, 1, 5, 9, 10);
        assertThat(FINDINGS).filteredOn(f -> clean.contains(f.get("row").asInt())).isEmpty();
    }

    @Test
    void an_unreadable_input_exits_with_status_one() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(new String[] {"check", "does-not-exist.txt", DIR.resolve("en.txt").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read input");
    }
}
