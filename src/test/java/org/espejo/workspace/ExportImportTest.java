package org.espejo.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.espejo.testing.Stories;
import org.espejo.text.Lang;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ExportImportTest {

    @Autowired
    private DocumentAnalyzer analyzer;

    @Autowired
    private ComparisonService comparisons;

    @Autowired
    private AlignmentEditor editor;

    @Autowired
    private ExportService exports;

    @Autowired
    private ImportService imports;

    @Test
    void a_tmx_export_opens_again_as_a_comparison_with_the_same_rows_confirmed() throws Exception {
        long id = story();
        editor.confirm(id, editor.version(id), 0, true, "ana");
        ByteArrayOutputStream tmx = new ByteArrayOutputStream();
        exports.write(id, new ExportRequest("tmx", "es-ES", "en-GB", true, false, false, false, "en"), tmx);
        assertThat(tmx.toString(StandardCharsets.UTF_8)).contains("xml:lang=\"es-ES\"", "creationtool=\"Espejo\"");

        long reopened = imports.importFile("faro.tmx", tmx.toByteArray());

        List<RowView> before = comparisons.rows(id, 0, 100);
        List<RowView> after = comparisons.rows(reopened, 0, 100);
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(texts(after.get(i).left())).isEqualTo(texts(before.get(i).left()));
            assertThat(texts(after.get(i).right())).isEqualTo(texts(before.get(i).right()));
        }
        assertThat(after).allMatch(r -> r.status() == RowStatus.CONFIRMED);
        assertThat(comparisons.find(reopened).orElseThrow().leftLang()).isEqualTo(Lang.SPANISH);
    }

    @Test
    void an_english_to_spanish_xliff_still_puts_spanish_on_the_left() throws Exception {
        long id = story();
        ByteArrayOutputStream xliff = new ByteArrayOutputStream();
        exports.write(id, ExportRequest.of("xliff"), xliff);
        String swapped = xliff.toString(StandardCharsets.UTF_8)
                .replace("srcLang=\"es\"", "srcLang=\"xx\"").replace("trgLang=\"en\"", "srcLang=\"en\"")
                .replace("srcLang=\"xx\"", "trgLang=\"es\"").replace("<source", "<tmp").replace("</source>", "</tmp>")
                .replace("<target", "<source").replace("</target>", "</source>")
                .replace("<tmp", "<target").replace("</tmp>", "</target>");

        long reopened = imports.importFile("lighthouse.xlf", swapped.getBytes(StandardCharsets.UTF_8));

        RowView first = comparisons.rows(reopened, 0, 1).get(0);
        assertThat(first.left().get(0).text()).isEqualTo(Stories.SPANISH.get(0));
        assertThat(first.right().get(0).text()).isEqualTo(Stories.ENGLISH.get(0));
    }

    @Test
    void a_file_that_is_not_a_memory_is_refused_with_its_reason() {
        assertThatThrownBy(() -> imports.importFile("notes.tmx", "<html><body>hola</body></html>".getBytes()))
                .isInstanceOfSatisfying(InputProblem.class,
                        p -> assertThat(p.problem()).isEqualTo(Problem.IMPORT_UNSUPPORTED));
    }

    private long story() {
        AnalyzedDocument es = analyzer.analyzeFile("faro-es.txt", Stories.text(Stories.SPANISH).getBytes(StandardCharsets.UTF_8));
        AnalyzedDocument en = analyzer.analyzeFile("lighthouse-en.txt", Stories.text(Stories.ENGLISH).getBytes(StandardCharsets.UTF_8));
        return comparisons.create("faro", comparisons.arrange(es, en), Progress.NONE);
    }

    private static List<String> texts(List<ParagraphView> paragraphs) {
        return paragraphs.stream().map(ParagraphView::text).toList();
    }
}
