package org.espejo.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsWritersTest {

    private final AlignedStory story = TestStories.parallel(
            List.of("Murieron 15 <personas>.", "Quién vino?"), List.of("16 <people> died.", "Who came?"));
    private final List<Finding> findings = new CheckEngine().run(story);

    @Test
    void the_csv_has_a_header_and_one_line_per_finding_with_the_dismissal_reason() throws Exception {
        StringWriter out = new StringWriter();
        Dismissals dismissals = Dismissals.of(List.of(Dismissal.of(findings.get(0), "checked, source error")));
        FindingsCsvWriter.csv(FindingMessages.english()).write(out, story, findings, dismissals);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(findings.size() + 1);
        assertThat(lines.get(0)).isEqualTo(String.join(",", FindingsCsvWriter.HEADER));
        assertThat(lines.get(1)).startsWith("1,numbers,error,").contains("\"checked, source error\"");
    }

    @Test
    void the_html_report_is_self_contained_and_escapes_the_texts() throws Exception {
        StringWriter out = new StringWriter();
        new FindingsHtmlReport(FindingMessages.forLocale(java.util.Locale.forLanguageTag("es")))
                .write(out, "Informe <1>", story, findings, Dismissals.NONE);
        String html = out.toString();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Informe &lt;1&gt;").contains("Números y fechas")
                .doesNotContain("<personas>").doesNotContain("<script").doesNotContain("http");
    }

    @Test
    void the_json_lists_each_finding_with_its_marks_and_message() throws Exception {
        StringWriter out = new StringWriter();
        new FindingsJsonWriter(FindingMessages.english()).write(out, story, findings);
        assertThat(out.toString()).contains("\"type\": \"numbers\"").contains("\"text\": \"15\"")
                .contains("\"messageKey\": \"typography.unopened-question\"");
    }
}
