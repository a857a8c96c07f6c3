package org.espejo.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.espejo.testing.Stories;
import org.espejo.text.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The workspace on a real PostgreSQL server with the {@code postgres} profile: Flyway builds the
 * schema, Hibernate validates it, a comparison is saved, read back, checked (a glossary entry,
 * a dismissal that survives the next check run), corrected, renamed and deleted.
 * Runs when {@code ESPEJO_DB_URL} points at a server ({@code .ci/run} starts one).
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@EnabledIfEnvironmentVariable(named = "ESPEJO_DB_URL", matches = "jdbc:postgresql:.+")
class PostgresIT {

    @Autowired
    private DocumentAnalyzer analyzer;

    @Autowired
    private ComparisonService comparisons;

    @Autowired
    private FindingService findings;

    @Autowired
    private AlignmentEditor editor;

    @Test
    void a_comparison_round_trips_through_postgresql() {
        AnalyzedDocument es = analyzer.analyzeFile("faro-es.txt",
                Stories.text(Stories.SPANISH).getBytes(StandardCharsets.UTF_8));
        AnalyzedDocument en = analyzer.analyzeFile("lighthouse-en.txt",
                Stories.text(Stories.ENGLISH).getBytes(StandardCharsets.UTF_8));
        long id = comparisons.create("postgres round trip", comparisons.arrange(en, es), Progress.NONE);
        try {
            ComparisonSummary summary = comparisons.find(id).orElseThrow();
            assertThat(summary.leftLang()).isEqualTo(Lang.SPANISH);
            assertThat(summary.leftParagraphs()).isEqualTo(Stories.SPANISH.size());
            assertThat(summary.rightParagraphs()).isEqualTo(Stories.ENGLISH.size());

            List<RowView> rows = comparisons.rows(id, 0, 100);
            assertThat(rows).hasSize(comparisons.rowCount(id));
            assertThat(rows.get(0).left().get(0).text()).isEqualTo(Stories.SPANISH.get(0));
            assertThat(rows.get(0).left().get(0).sentences()).isNotEmpty();

            findings.addTerm(id, false, "faro", "lighthouse", "beacon", "house style");
            List<FindingView> found = findings.findings(id, java.util.Locale.ENGLISH);
            assertThat(found).isNotEmpty();
            FindingView first = found.get(0);
            findings.dismiss(id, first.fingerprint(), "checked with the author", "editor");
            editor.confirm(id, editor.version(id), 0, true, "editor");
            assertThat(findings.findings(id, java.util.Locale.ENGLISH))
                    .filteredOn(f -> f.fingerprint().equals(first.fingerprint()))
                    .allSatisfy(f -> assertThat(f.isDismissed()).isTrue());

            comparisons.rename(id, "renamed «faro»");
            assertThat(comparisons.find(id).orElseThrow().name()).isEqualTo("renamed «faro»");
        } finally {
            comparisons.delete(id);
        }
        assertThat(comparisons.find(id)).isEmpty();
    }
}
