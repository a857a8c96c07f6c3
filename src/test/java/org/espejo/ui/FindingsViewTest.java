package org.espejo.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.espejo.check.CheckType;
import org.espejo.ui.compare.CompareView;
import org.espejo.workspace.AlignmentEditor;
import org.espejo.workspace.AnalyzedDocument;
import org.espejo.workspace.ComparisonService;
import org.espejo.workspace.DocumentAnalyzer;
import org.espejo.workspace.FindingService;
import org.espejo.workspace.FindingView;
import org.espejo.workspace.Progress;
import org.espejo.workspace.RowView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The findings of the consistency checks in the compare view, on the story with planted errors
 * ({@code src/test/resources/check/planted/}): listed, jumped to, dismissed and restored,
 * switched off, driven by the glossary, and reported.
 */
class FindingsViewTest extends KaribuTest {

    private static final Path PLANTED = Path.of("src/test/resources/check/planted");

    @Autowired
    private DocumentAnalyzer analyzer;

    @Autowired
    private ComparisonService comparisons;

    @Autowired
    private FindingService findings;

    @Autowired
    private AlignmentEditor editor;

    private long id;

    @BeforeEach
    void openThePlantedStory() throws IOException {
        comparisons.list("").forEach(c -> comparisons.delete(c.id()));
        findings.glossary(0).stream().filter(t -> t.shared()).forEach(t -> findings.removeTerm(0, t.id()));
        AnalyzedDocument es = analyzer.analyzeFile("es.txt", Files.readAllBytes(PLANTED.resolve("es.txt")));
        AnalyzedDocument en = analyzer.analyzeFile("en.txt", Files.readAllBytes(PLANTED.resolve("en.txt")));
        id = comparisons.create("planted", comparisons.arrange(es, en), Progress.NONE);
        findings.importGlossary(id, false, "glossary.tsv",
                new ByteArrayInputStream(Files.readAllBytes(PLANTED.resolve("glossary.tsv"))));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(CompareView.class, id);
        NotificationsKt.clearNotifications();
    }

    @Test
    void every_planted_error_is_listed_in_the_findings_panel() {
        click("compare-findings");

        List<FindingView> listed = listed();
        assertThat(keysIn(listed, 2)).contains("numbers.different");
        assertThat(keysIn(listed, 4)).contains("names.missing");
        assertThat(listed).anyMatch(f -> f.row() == 4 && f.type() == CheckType.OMISSIONS);
        assertThat(keysIn(listed, 8)).contains("untranslated.paragraph-language");
        assertThat(keysIn(listed, 3)).contains("inconsistency.left-repeated", "terminology.forbidden-use");
        assertThat(keysIn(listed, 6)).contains("typography.unopened-question");
        assertThat(listed).noneMatch(f -> List.of(0, 1, 5, 9, 10).contains(f.row()));
        assertThat(_get(Button.class, spec -> spec.withId("compare-findings")).getText())
                .isEqualTo("Findings (" + listed.size() + ")");
    }

    @Test
    void rows_with_findings_are_flagged_and_the_type_filter_narrows_the_list() {
        click("compare-findings");
        assertThat(comparisons.markers(id).get(2).findings()).isPositive();
        assertThat(comparisons.markers(id).get(0).findings()).isZero();

        Select<String> type = select("findings-type");
        type.setValue(CheckType.NUMBERS.id());

        assertThat(listed()).isNotEmpty().allMatch(f -> f.type() == CheckType.NUMBERS);
    }

    @Test
    void choosing_a_finding_jumps_to_its_row_and_marks_the_words_on_each_side() {
        click("compare-findings");
        FindingView number = only("numbers.different");

        GridKt._select(findingsGrid(), number);

        assertThat(compareGrid().getSelectedItems()).extracting(RowView::position).containsExactly(2);
        String detail = _get(Div.class, spec -> spec.withId("findings-detail")).getElement().getOuterHTML();
        assertThat(detail).contains("<mark>212</mark>").contains("<mark>221</mark>");
    }

    @Test
    void a_dismissed_finding_stays_dismissed_when_the_checks_run_after_an_edit_and_can_be_restored() {
        click("compare-findings");
        FindingView number = only("numbers.different");
        int open = findings.openCount(id);
        GridKt._select(findingsGrid(), number);
        click("findings-dismiss");
        _get(TextArea.class, spec -> spec.withId("findings-dismiss-reason")).setValue("The client changed the count");
        click("findings-dismiss-confirm");

        assertThat(findings.openCount(id)).isEqualTo(open - 1);
        assertThat(listed()).noneMatch(f -> f.messageKey().equals("numbers.different"));

        editor.merge(id, editor.version(id), 0, "editor");
        FindingView again = findings.findings(id, Locale.ENGLISH).stream()
                .filter(f -> f.messageKey().equals("numbers.different")).findFirst().orElseThrow();
        assertThat(again.row()).isEqualTo(1);
        assertThat(again.isDismissed()).isTrue();
        assertThat(again.dismissal().reason()).isEqualTo("The client changed the count");

        UI.getCurrent().navigate(CompareView.class, id);
        click("compare-findings");
        _get(Checkbox.class, spec -> spec.withId("findings-show-dismissed")).setValue(true);
        GridKt._select(findingsGrid(), only("numbers.different"));
        click("findings-restore");

        assertThat(findings.findings(id, Locale.ENGLISH)).filteredOn(f -> f.messageKey().equals("numbers.different"))
                .singleElement().satisfies(f -> assertThat(f.isDismissed()).isFalse());
    }

    @Test
    void a_dismissal_needs_a_reason() {
        click("compare-findings");
        GridKt._select(findingsGrid(), only("numbers.different"));
        click("findings-dismiss");
        click("findings-dismiss-confirm");

        assertThat(_get(TextArea.class, spec -> spec.withId("findings-dismiss-reason")).isInvalid()).isTrue();
        assertThat(only("numbers.different").isDismissed()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_check_switched_off_finds_nothing_until_switched_on_again() {
        click("compare-findings");
        click("findings-checks");
        CheckboxGroup<CheckType> checks = _get(CheckboxGroup.class, spec -> spec.withId("findings-checks-group"));
        Set<CheckType> withoutTypography = EnumSet.allOf(CheckType.class);
        withoutTypography.remove(CheckType.TYPOGRAPHY);
        HasValueUtilsKt._setValue(checks, withoutTypography, true);

        assertThat(findings.enabledChecks(id)).doesNotContain(CheckType.TYPOGRAPHY);
        assertThat(listed()).noneMatch(f -> f.type() == CheckType.TYPOGRAPHY);

        HasValueUtilsKt._setValue(checks, EnumSet.allOf(CheckType.class), true);
        assertThat(listed()).anyMatch(f -> f.type() == CheckType.TYPOGRAPHY);
    }

    @Test
    void a_glossary_entry_added_in_the_dialog_is_checked_at_once() {
        click("compare-findings");
        assertThat(listed()).noneMatch(f -> f.type() == CheckType.TERMINOLOGY && f.row() == 1);
        click("findings-glossary");
        String spanishWordOfRowOne = firstLongWord(comparisons.rows(id, 1, 1).get(0).left().get(0).text());
        _get(TextField.class, spec -> spec.withId("glossary-source")).setValue(spanishWordOfRowOne);
        _get(TextField.class, spec -> spec.withId("glossary-approved")).setValue("zzzyzzy");
        click("glossary-add");

        assertThat(findings.glossary(id)).anyMatch(t -> t.source().equals(List.of(spanishWordOfRowOne)));
        assertThat(listed()).anyMatch(f -> f.type() == CheckType.TERMINOLOGY && f.row() == 1);
    }

    @Test
    void an_unreadable_glossary_is_refused_with_a_message() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> findings.importGlossary(id, false, "terms.tbx",
                        new ByteArrayInputStream("<martif><text><body><termEntry>".getBytes())))
                .isInstanceOf(org.espejo.workspace.InputProblem.class)
                .satisfies(e -> assertThat(((org.espejo.workspace.InputProblem) e).problem())
                        .isEqualTo(org.espejo.workspace.Problem.GLOSSARY_UNREADABLE));
    }

    @Test
    void the_report_lists_the_findings_as_html_and_csv() throws IOException {
        StringWriter html = new StringWriter();
        findings.report(id, Locale.ENGLISH, FindingService.ReportFormat.HTML, html);
        StringWriter csv = new StringWriter();
        findings.report(id, Locale.ENGLISH, FindingService.ReportFormat.CSV, csv);

        assertThat(html.toString()).startsWith("<!DOCTYPE html>").contains("planted").contains("212").contains("221");
        assertThat(csv.toString().lines().count()).isEqualTo(findings.findings(id, Locale.ENGLISH).size() + 1);
    }

    // ---- helpers

    private List<FindingView> listed() {
        Grid<FindingView> grid = findingsGrid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private static Set<String> keysIn(List<FindingView> listed, int row) {
        return listed.stream().filter(f -> f.row() == row).map(FindingView::messageKey).collect(Collectors.toSet());
    }

    private FindingView only(String messageKey) {
        return findings.findings(id, Locale.ENGLISH).stream().filter(f -> f.messageKey().equals(messageKey))
                .findFirst().orElseThrow();
    }

    private static String firstLongWord(String text) {
        for (String w : text.split("[^\\p{L}]+")) {
            if (w.length() >= 6) {
                return w;
            }
        }
        throw new IllegalStateException("no long word in " + text);
    }

    @SuppressWarnings("unchecked")
    private static Grid<FindingView> findingsGrid() {
        return _get(Grid.class, spec -> spec.withId("findings-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<RowView> compareGrid() {
        return _get(Grid.class, spec -> spec.withId("compare-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Select<String> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static void click(String id) {
        ButtonKt._click(_get(Button.class, spec -> spec.withId(id)));
        roundTrip();
    }
}
