package org.espejo.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.espejo.testing.Stories;
import org.espejo.ui.compare.CompareView;
import org.espejo.workspace.AlignmentEditor;
import org.espejo.workspace.AnalyzedDocument;
import org.espejo.workspace.ComparisonService;
import org.espejo.workspace.DocumentAnalyzer;
import org.espejo.workspace.Progress;
import org.espejo.workspace.RowStatus;
import org.espejo.workspace.RowView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every correction of the compare view, driven as a user would, without a browser. */
class CompareViewTest extends KaribuTest {

    @Autowired
    private DocumentAnalyzer analyzer;

    @Autowired
    private ComparisonService comparisons;

    @Autowired
    private AlignmentEditor editor;

    private long id;

    @BeforeEach
    void openTheLighthouseStory() {
        comparisons.list("").forEach(c -> comparisons.delete(c.id()));
        AnalyzedDocument es = analyzer.analyzeFile("faro-es.txt", Stories.text(Stories.SPANISH).getBytes(StandardCharsets.UTF_8));
        AnalyzedDocument en = analyzer.analyzeFile("lighthouse-en.txt", Stories.text(Stories.ENGLISH).getBytes(StandardCharsets.UTF_8));
        id = comparisons.create("faro", comparisons.arrange(es, en), Progress.NONE);
        UI.getCurrent().navigate(CompareView.class, id);
        NotificationsKt.clearNotifications();
    }

    @Test
    void merge_joins_the_selected_row_with_the_next_and_marks_it_edited() {
        int count = rows().size();
        select(0);
        click("compare-merge");

        assertThat(rows()).hasSize(count - 1);
        assertThat(rows().get(0).status()).isEqualTo(RowStatus.EDITED);
        assertThat(selectedPosition()).isEqualTo(0);
    }

    @Test
    void split_cuts_the_selected_row_where_the_user_chooses() {
        select(0);
        click("compare-merge");
        int count = rows().size();
        select(0);
        click("compare-split");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> left = _get(RadioButtonGroup.class, spec -> spec.withId("split-left"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> right = _get(RadioButtonGroup.class, spec -> spec.withId("split-right"));
        left.setValue(1);
        right.setValue(1);
        click("split-ok");

        assertThat(rows()).hasSize(count + 1);
        assertThat(rows().get(0).type()).isEqualTo("1-1");
    }

    @Test
    void a_paragraph_moves_to_the_row_above_and_back() {
        RowView second = rows().get(1);
        int paragraph = second.left().get(0).index();
        select(1);
        ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("compare-more")), "compare-move-left-up");
        assertThat(rows().get(0).left()).anyMatch(p -> p.index() == paragraph);

        select(0);
        ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("compare-more")), "compare-move-left-down");
        assertThat(rows().get(1).left()).anyMatch(p -> p.index() == paragraph);
    }

    @Test
    void unlink_separates_the_sides_and_link_pairs_them_again() {
        int count = rows().size();
        select(0);
        ShortcutsKt._fireShortcut(view(), Key.KEY_U);
        assertThat(types()).startsWith("1-0", "0-1");
        assertThat(rows()).hasSize(count + 1);

        select(0);
        ShortcutsKt._fireShortcut(view(), Key.KEY_L);
        assertThat(rows()).hasSize(count);
        assertThat(types()).startsWith("1-1");
    }

    @Test
    void c_confirms_the_selected_row_and_pressing_it_again_takes_it_back() {
        select(1);
        ShortcutsKt._fireShortcut(view(), Key.KEY_C);
        assertThat(rows().get(1).status()).isEqualTo(RowStatus.CONFIRMED);
        ShortcutsKt._fireShortcut(view(), Key.KEY_C);
        assertThat(rows().get(1).status()).isEqualTo(RowStatus.AUTOMATIC);
    }

    @Test
    void confirm_all_above_a_threshold_confirms_only_those_rows() {
        @SuppressWarnings("unchecked")
        Select<Integer> threshold = _get(Select.class, spec -> spec.withId("compare-threshold"));
        threshold.setValue(50);
        click("compare-confirm-above");
        for (RowView r : rows()) {
            assertThat(r.status()).isEqualTo(r.confidence() >= 0.5 ? RowStatus.CONFIRMED : RowStatus.AUTOMATIC);
        }
    }

    @Test
    void undo_and_redo_work_from_the_keyboard() {
        List<String> before = types();
        select(0);
        click("compare-merge");
        List<String> after = types();

        ShortcutsKt._fireShortcut(view(), Key.KEY_Z, KeyModifier.CONTROL);
        assertThat(types()).isEqualTo(before);
        ShortcutsKt._fireShortcut(view(), Key.KEY_Y, KeyModifier.CONTROL);
        assertThat(types()).isEqualTo(after);
    }

    @Test
    void realign_repairs_unconfirmed_rows_keeps_confirmed_ones_and_says_what_changed() {
        select(0);
        click("compare-confirm");
        select(1);
        click("compare-merge");
        List<String> merged = types();

        click("compare-realign");

        assertThat(types()).isNotEqualTo(merged);
        assertThat(rows().get(0).status()).isEqualTo(RowStatus.CONFIRMED);
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Re-alignment changed"));
    }

    @Test
    void editing_a_paragraph_changes_its_text_and_the_row_shows_the_history() {
        select(1);
        ShortcutsKt._fireShortcut(view(), Key.KEY_E);
        TextArea text = _get(TextArea.class, spec -> spec.withId("edit-text-area"));
        text.setValue(text.getValue().replace("43", "44"));
        click("edit-text-save");

        assertThat(rows().get(1).right().get(0).text()).contains("44 years");
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("compare-inspector")).getElement().getTextRecursively())
                .contains("For 43 years", "For 44 years");
    }

    @Test
    void an_edit_on_a_stale_view_is_refused_with_a_message_and_the_view_catches_up() {
        editor.confirm(id, editor.version(id), 2, true, "someone else");
        List<String> theirs = types();
        select(0);
        click("compare-merge");

        assertThat(notificationTexts()).anyMatch(t -> t.contains("Someone else changed this comparison"));
        assertThat(typesInGrid()).isEqualTo(theirs);
        click("compare-merge");
        assertThat(rows()).hasSize(theirs.size() - 1);
    }

    @Test
    void j_goes_to_the_next_row_to_review_and_the_risk_order_lists_gaps_first() {
        select(2);
        ShortcutsKt._fireShortcut(view(), Key.KEY_U);
        grid().deselectAll();
        roundTrip();

        ShortcutsKt._fireShortcut(view(), Key.KEY_J);
        assertThat(selectedPosition()).isEqualTo(2);
        ShortcutsKt._fireShortcut(view(), Key.KEY_J);
        assertThat(selectedPosition()).isEqualTo(3);
        ShortcutsKt._fireShortcut(view(), Key.KEY_K);
        assertThat(selectedPosition()).isEqualTo(2);

        @SuppressWarnings("unchecked")
        Select<Object> order = _get(Select.class, spec -> spec.withId("compare-order"));
        order.setValue(order.getListDataView().getItems().toList().get(1));
        assertThat(GridKt._get(grid(), 0).isGap()).isTrue();
        assertThat(GridKt._get(grid(), 1).isGap()).isTrue();
    }

    private Component view() {
        return _get(CompareView.class, spec -> { });
    }

    @SuppressWarnings("unchecked")
    private Grid<RowView> grid() {
        return _get(Grid.class, spec -> spec.withId("compare-grid"));
    }

    private void select(int position) {
        GridKt._selectRow(grid(), position);
    }

    private int selectedPosition() {
        return grid().getSelectedItems().iterator().next().position();
    }

    private static void click(String id) {
        ButtonKt._click(_get(Button.class, spec -> spec.withId(id)));
        roundTrip();
    }

    private List<RowView> rows() {
        return comparisons.rows(id, 0, 1000);
    }

    private List<String> types() {
        return rows().stream().map(RowView::type).toList();
    }

    private List<String> typesInGrid() {
        return IntStream.range(0, GridKt._size(grid())).mapToObj(i -> GridKt._get(grid(), i).type()).toList();
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }

    @SuppressWarnings("unused")
    private static List<Notification> notifications() {
        return NotificationsKt.getNotifications();
    }
}
