package org.espejo.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.espejo.testing.Stories;
import org.espejo.ui.compare.CompareView;
import org.espejo.ui.create.NewComparisonView;
import org.espejo.ui.library.LibraryView;
import org.espejo.workspace.ComparisonService;
import org.espejo.workspace.ComparisonSummary;
import org.espejo.workspace.RowView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

class WorkbenchViewsTest extends KaribuTest {

    @Autowired
    private ComparisonService comparisons;

    @BeforeEach
    void startWithAnEmptyLibrary() {
        comparisons.list("").forEach(c -> comparisons.delete(c.id()));
    }

    private static final byte[] SPANISH = Stories.text(Stories.SPANISH).getBytes(StandardCharsets.UTF_8);
    private static final byte[] ENGLISH = Stories.text(Stories.ENGLISH).getBytes(StandardCharsets.UTF_8);

    @Test
    void an_empty_library_invites_the_user_to_start() {
        UI.getCurrent().navigate(LibraryView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("library-empty")).isVisible()).isTrue();
    }

    @Test
    void uploading_english_first_and_spanish_second_shows_spanish_on_the_left() {
        createComparison("lighthouse-en.txt", ENGLISH, "faro-es.txt", SPANISH);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(CompareView.class);
        @SuppressWarnings("unchecked")
        Grid<RowView> grid = _get(Grid.class, spec -> spec.withId("compare-grid"));
        assertThat(GridKt._size(grid)).isBetween(4, 6);
        RowView first = GridKt._get(grid, 0);
        assertThat(first.left().get(0).text()).isEqualTo("El faro de Punta Arenas");
        assertThat(first.right().get(0).text()).isEqualTo("The Lighthouse of Punta Arenas");
        assertThat(cellText(grid, 1, "left")).contains("Tomás Aguilar encendió");
        assertThat(cellText(grid, 1, "right")).contains("Tomás Aguilar lit");
    }

    @Test
    void the_english_merge_and_the_omission_become_a_two_to_one_row_and_a_gap() {
        createComparison("faro-es.txt", SPANISH, "lighthouse-en.txt", ENGLISH);

        @SuppressWarnings("unchecked")
        Grid<RowView> grid = _get(Grid.class, spec -> spec.withId("compare-grid"));
        var types = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i).type()).toList();
        assertThat(types).containsExactly("1-1", "1-1", "2-1", "1-0", "1-1");
    }

    @Test
    void a_saved_comparison_is_listed_and_reopens_from_the_library() {
        createComparison("faro-es.txt", SPANISH, "lighthouse-en.txt", ENGLISH);
        UI.getCurrent().navigate(LibraryView.class);

        @SuppressWarnings("unchecked")
        Grid<ComparisonSummary> library = _get(Grid.class, spec -> spec.withId("library-grid"));
        assertThat(GridKt._size(library)).isEqualTo(1);
        assertThat(GridKt._get(library, 0).name()).isEqualTo("faro-es.txt ↔ lighthouse-en.txt");
        GridKt._clickItem(library, 0);

        assertThat(_get(Component.class, spec -> spec.withId("compare-title")).getElement().getText())
                .isEqualTo("faro-es.txt ↔ lighthouse-en.txt");
    }

    @Test
    void two_files_in_the_same_language_are_explained_and_can_be_overridden() {
        UI.getCurrent().navigate(NewComparisonView.class);
        upload("doc-a-upload", "faro-es.txt", SPANISH);
        upload("doc-b-upload", "faro-copia.txt", SPANISH);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("create-compare")));
        roundTrip();

        Div problem = _get(Div.class, spec -> spec.withId("create-pair-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getElement().getTextRecursively()).contains("same language", "faro-copia.txt");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("create-override")));
        roundTrip();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(CompareView.class);
    }

    @Test
    void an_empty_file_is_refused_with_its_name_and_nothing_is_saved() {
        UI.getCurrent().navigate(NewComparisonView.class);
        upload("doc-a-upload", "vacío.docx", new byte[0]);

        Div status = _get(Div.class, spec -> spec.withId("doc-a-status"));
        assertThat(status.getElement().getTextRecursively()).contains("vacío.docx", "empty");
        assertThat(_get(Button.class, spec -> spec.withId("create-compare")).isEnabled()).isFalse();
    }

    @Test
    void the_example_opens_don_quijote_side_by_side() {
        UI.getCurrent().navigate(LibraryView.class);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("library-example")));
        roundTrip();

        @SuppressWarnings("unchecked")
        Grid<RowView> grid = _get(Grid.class, spec -> spec.withId("compare-grid"));
        assertThat(GridKt._size(grid)).isGreaterThan(40);
        assertThat(GridKt._get(grid, 0).left().get(0).text()).startsWith("Capítulo primero");
        assertThat(GridKt._get(grid, 0).right().get(0).text()).startsWith("CHAPTER I");
    }

    private void createComparison(String firstName, byte[] first, String secondName, byte[] second) {
        UI.getCurrent().navigate(NewComparisonView.class);
        upload("doc-a-upload", firstName, first);
        upload("doc-b-upload", secondName, second);
        Button compare = _get(Button.class, spec -> spec.withId("create-compare"));
        assertThat(compare.isEnabled()).isTrue();
        ButtonKt._click(compare);
        roundTrip();
    }

    private static void upload(String id, String fileName, byte[] bytes) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId(id)), fileName, "text/plain", bytes);
        roundTrip();
    }

    private static String cellText(Grid<RowView> grid, int row, String column) {
        RowView view = GridKt._get(grid, row);
        return String.join(" ", (column.equals("left") ? view.left() : view.right()).stream()
                .map(org.espejo.workspace.ParagraphView::text).toList());
    }

    @SuppressWarnings("unused")
    private static boolean exists(String id) {
        return !_find(Component.class, spec -> spec.withId(id)).isEmpty();
    }
}
