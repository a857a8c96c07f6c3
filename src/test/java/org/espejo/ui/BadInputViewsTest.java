package org.espejo.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.espejo.testing.Stories;
import org.espejo.ui.create.NewComparisonView;
import org.espejo.workspace.ComparisonService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Bad input gets a clear message naming the file, nothing is saved, earlier work stays intact. */
@TestPropertySource(properties = "espejo.ingest.max-bytes=20000")
class BadInputViewsTest extends KaribuTest {

    @Autowired
    private ComparisonService comparisons;

    private long earlier;

    @BeforeEach
    void oneEarlierComparisonExists() {
        comparisons.list("").forEach(c -> comparisons.delete(c.id()));
        UI.getCurrent().navigate(NewComparisonView.class);
        upload("doc-a-upload", "faro-es.txt", Stories.text(Stories.SPANISH).getBytes(StandardCharsets.UTF_8));
        upload("doc-b-upload", "lighthouse-en.txt", Stories.text(Stories.ENGLISH).getBytes(StandardCharsets.UTF_8));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("create-compare")));
        roundTrip();
        earlier = comparisons.list("").get(0).id();
        UI.getCurrent().navigate(NewComparisonView.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty.txt       | EMPTY   | is empty",
        "blank.txt       | BLANK   | no text",
        "random.docx     | RANDOM  | could not be read",
        "huge.txt        | HUGE    | larger than the 19.5 kB limit",
        "truncated.docx  | ZIPHEAD | could not be read",
    })
    void a_bad_file_is_explained_by_name_and_nothing_is_saved(String name, String kind, String message) {
        upload("doc-a-upload", name, bytes(kind));

        Div status = _get(Div.class, spec -> spec.withId("doc-a-status"));
        assertThat(status.getElement().getTextRecursively()).contains(name, message);
        assertThat(_get(Button.class, spec -> spec.withId("create-compare")).isEnabled()).isFalse();
        assertThat(comparisons.list("")).hasSize(1);
        assertThat(comparisons.rowCount(earlier)).isPositive();
    }

    @Test
    void two_english_files_are_refused_until_the_user_sets_the_languages() {
        byte[] english = Stories.text(Stories.ENGLISH).getBytes(StandardCharsets.UTF_8);
        upload("doc-a-upload", "one.txt", english);
        upload("doc-b-upload", "two.txt", english);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("create-compare")));
        roundTrip();

        assertThat(_get(Div.class, spec -> spec.withId("create-pair-problem")).getElement().getTextRecursively())
                .contains("same language", "English", "one.txt", "two.txt");
        assertThat(comparisons.list("")).hasSize(1);
    }

    private static byte[] bytes(String kind) {
        return switch (kind) {
            case "EMPTY" -> new byte[0];
            case "BLANK" -> " \n\n \t \n".getBytes(StandardCharsets.UTF_8);
            case "RANDOM" -> {
                byte[] b = new byte[3000];
                new Random(7).nextBytes(b);
                yield b;
            }
            case "HUGE" -> "a".repeat(30_000).getBytes(StandardCharsets.UTF_8);
            case "ZIPHEAD" -> new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3};
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @Test
    void a_problem_no_view_handled_is_told_to_the_user_and_the_session_goes_on() {
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UnexpectedErrors.handle(new com.vaadin.flow.server.ErrorEvent(new IllegalStateException("wrapped",
                new org.espejo.workspace.InputProblem(org.espejo.workspace.Problem.NOT_FOUND, "", java.util.List.of(7)))));
        UnexpectedErrors.handle(new com.vaadin.flow.server.ErrorEvent(new NullPointerException()));
        roundTrip();

        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text", ""))
                .contains("That comparison does not exist any more.",
                        "Something went wrong (NullPointerException). Nothing was lost; please try again.");
        UI.getCurrent().navigate(NewComparisonView.class);
        assertThat(_get(Button.class, spec -> spec.withId("create-compare"))).isNotNull();
    }

    private static void upload(String id, String fileName, byte[] bytes) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId(id)), fileName, "application/octet-stream", bytes);
        roundTrip();
    }
}
