package org.espejo.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.espejo.testing.Stories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class AlignmentEditorTest {

    @Autowired
    private DocumentAnalyzer analyzer;

    @Autowired
    private ComparisonService comparisons;

    @Autowired
    private AlignmentEditor editor;

    private long id;

    @BeforeEach
    void aComparisonOfTheLighthouseStory() {
        AnalyzedDocument es = analyzer.analyzeFile("faro-es.txt", Stories.text(Stories.SPANISH).getBytes(StandardCharsets.UTF_8));
        AnalyzedDocument en = analyzer.analyzeFile("lighthouse-en.txt", Stories.text(Stories.ENGLISH).getBytes(StandardCharsets.UTF_8));
        id = comparisons.create("editor test", comparisons.arrange(es, en), Progress.NONE);
    }

    @Test
    void merge_joins_a_row_with_the_next_and_undo_restores_both() {
        List<String> before = types();
        long v = editor.version(id);
        EditResult merged = editor.merge(id, v, 0, "ana");

        assertThat(merged.version()).isEqualTo(v + 1);
        assertThat(rows()).hasSize(before.size() - 1);
        RowView first = rows().get(0);
        assertThat(first.status()).isEqualTo(RowStatus.EDITED);
        assertThat(first.left()).extracting(ParagraphView::index).startsWith(0);
        assertCovers();

        editor.undo(id, merged.version(), "ana");
        assertThat(types()).isEqualTo(before);
        assertThat(editor.undoState(id)).isEqualTo(new UndoState(false, true));
        editor.redo(id, editor.version(id), "ana");
        assertThat(rows()).hasSize(before.size() - 1);
    }

    @Test
    void split_cuts_a_row_at_the_chosen_paragraph_boundary_on_each_side() {
        long v = editor.version(id);
        editor.merge(id, v, 1, "ana");
        RowView merged = rows().get(1);
        int left = merged.left().size();
        int right = merged.right().size();

        editor.split(id, editor.version(id), 1, 1, 1, "ana");

        RowView a = rows().get(1);
        RowView b = rows().get(2);
        assertThat(a.left()).hasSize(1);
        assertThat(a.right()).hasSize(1);
        assertThat(b.left()).hasSize(left - 1);
        assertThat(b.right()).hasSize(right - 1);
        assertCovers();
    }

    @Test
    void a_split_that_leaves_a_row_empty_is_refused() {
        long v = editor.version(id);
        RowView row = rows().get(0);
        assertThatThrownBy(() -> editor.split(id, v, 0, row.left().size(), row.right().size(), "ana"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(editor.version(id)).isEqualTo(v);
    }

    @Test
    void moving_a_paragraph_up_and_down_changes_only_the_neighbouring_rows() {
        int count = rows().size();
        RowView second = rows().get(1);
        int firstLeftOfSecond = second.left().get(0).index();

        editor.moveUp(id, editor.version(id), 1, Side.LEFT, "ana");
        assertThat(rows().get(0).left()).extracting(ParagraphView::index).contains(firstLeftOfSecond);
        assertCovers();

        editor.moveDown(id, editor.version(id), 0, Side.LEFT, "ana");
        assertThat(rows().get(1).left()).extracting(ParagraphView::index).contains(firstLeftOfSecond);
        assertThat(rows()).hasSize(count);
        assertCovers();
    }

    @Test
    void unlink_makes_two_gaps_and_link_pairs_them_again() {
        int count = rows().size();
        editor.unlink(id, editor.version(id), 0, "ana");
        assertThat(rows()).hasSize(count + 1);
        assertThat(rows().get(0).type()).isEqualTo("1-0");
        assertThat(rows().get(1).type()).isEqualTo("0-1");
        assertCovers();

        editor.link(id, editor.version(id), 0, "ana");
        assertThat(rows()).hasSize(count);
        assertThat(rows().get(0).type()).isEqualTo("1-1");
        assertThat(rows().get(0).evidence().names()).isNotEmpty();
    }

    @Test
    void confirming_all_rows_above_a_threshold_leaves_the_rest_automatic() {
        editor.confirmAbove(id, editor.version(id), 0.0, "ana");
        assertThat(rows()).allMatch(r -> r.status() == RowStatus.CONFIRMED);
        editor.confirm(id, editor.version(id), 0, false, "ana");
        assertThat(rows().get(0).status()).isEqualTo(RowStatus.AUTOMATIC);
    }

    @Test
    void a_stale_version_is_refused_and_nothing_changes() {
        long v = editor.version(id);
        editor.confirm(id, v, 0, true, "ana");
        List<String> now = types();

        assertThatThrownBy(() -> editor.merge(id, v, 0, "bea"))
                .isInstanceOfSatisfying(InputProblem.class, p -> assertThat(p.problem()).isEqualTo(Problem.STALE_EDIT));
        assertThat(types()).isEqualTo(now);
    }

    @Test
    void realign_keeps_confirmed_rows_and_reports_what_it_changed() {
        editor.unlink(id, editor.version(id), 1, "ana");
        editor.confirm(id, editor.version(id), 0, true, "ana");
        List<String> broken = types();

        EditResult result = editor.realign(id, editor.version(id), "ana");

        assertThat(rows().get(0).status()).isEqualTo(RowStatus.CONFIRMED);
        assertThat(result.changedRows()).isPositive();
        assertThat(types()).isNotEqualTo(broken);
        assertCovers();
    }

    @Test
    void editing_a_paragraph_keeps_its_history_and_undo_restores_the_text() {
        RowView row = rows().get(1);
        int paragraph = row.right().get(0).index();
        String original = row.right().get(0).text();

        editor.editText(id, editor.version(id), Side.RIGHT, paragraph, original.replace("43", "44"), "ana");

        assertThat(rows().get(1).right().get(0).text()).contains("44 years");
        List<TextChange> history = editor.history(id, 1);
        assertThat(history).hasSize(1);
        assertThat(history.get(0).before()).isEqualTo(original);
        assertThat(history.get(0).author()).isEqualTo("ana");

        editor.undo(id, editor.version(id), "ana");
        assertThat(rows().get(1).right().get(0).text()).isEqualTo(original);
        assertThat(editor.history(id, 1)).isEmpty();
    }

    @Test
    void a_new_edit_after_an_undo_drops_the_redo() {
        editor.confirm(id, editor.version(id), 0, true, "ana");
        editor.undo(id, editor.version(id), "ana");
        editor.confirm(id, editor.version(id), 1, true, "ana");
        assertThat(editor.undoState(id)).isEqualTo(new UndoState(true, false));
    }

    private List<RowView> rows() {
        return comparisons.rows(id, 0, 1000);
    }

    private List<String> types() {
        return rows().stream().map(r -> r.type() + r.status()).toList();
    }

    private void assertCovers() {
        int left = 0;
        int right = 0;
        List<RowView> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            RowView r = rows.get(i);
            assertThat(r.position()).isEqualTo(i);
            for (ParagraphView p : r.left()) {
                assertThat(p.index()).isEqualTo(left++);
            }
            for (ParagraphView p : r.right()) {
                assertThat(p.index()).isEqualTo(right++);
            }
        }
        assertThat(left).isEqualTo(Stories.SPANISH.size());
        assertThat(right).isEqualTo(Stories.ENGLISH.size());
    }
}
