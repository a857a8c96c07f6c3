package org.espejo.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.espejo.check.TestStories.parallel;
import static org.espejo.check.TestStories.run;

import java.util.List;
import org.junit.jupiter.api.Test;

class DismissalsTest {

    private static final List<String> ES = List.of("Murieron 15 personas.", "El barco llegó tarde.");
    private static final List<String> EN = List.of("16 people died.", "The ship arrived late.");

    @Test
    void a_dismissed_finding_stays_dismissed_when_rows_are_added_before_it() {
        Finding before = run(CheckType.NUMBERS, parallel(ES, EN)).get(0);
        Dismissals dismissals = Dismissals.of(List.of(Dismissal.of(before, "the source is wrong")));

        List<Finding> after = run(CheckType.NUMBERS, parallel(
                List.of("Un título nuevo", ES.get(0), ES.get(1)), List.of("A new title", EN.get(0), EN.get(1))));

        assertThat(after).singleElement().satisfies(f -> {
            assertThat(f.row()).isEqualTo(1);
            assertThat(dismissals.isDismissed(f)).isTrue();
            assertThat(dismissals.dismissalOf(f)).get().extracting(Dismissal::reason).isEqualTo("the source is wrong");
        });
        assertThat(dismissals.open(after)).isEmpty();
    }

    @Test
    void a_dismissed_finding_comes_back_when_its_text_changes() {
        Finding before = run(CheckType.NUMBERS, parallel(ES, EN)).get(0);
        Dismissals dismissals = Dismissals.of(List.of(Dismissal.of(before, "")));

        List<Finding> after = run(CheckType.NUMBERS, parallel(
                List.of("Murieron 15 personas en total.", ES.get(1)), EN));

        assertThat(dismissals.open(after)).hasSize(1);
    }

    @Test
    void the_fingerprint_ignores_case_accents_and_spacing() {
        assertThat(Fingerprint.of(CheckType.NAMES, "missing", "Michoacán  llegó"))
                .isEqualTo(Fingerprint.of(CheckType.NAMES, "missing", "michoacan llego"))
                .isNotEqualTo(Fingerprint.of(CheckType.NAMES, "missing", "Michoacán salió"))
                .isNotEqualTo(Fingerprint.of(CheckType.NUMBERS, "missing", "Michoacán llegó"));
    }
}
