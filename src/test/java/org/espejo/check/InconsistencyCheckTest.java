package org.espejo.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.espejo.check.TestStories.parallel;
import static org.espejo.check.TestStories.rules;
import static org.espejo.check.TestStories.run;

import java.util.List;
import org.junit.jupiter.api.Test;

class InconsistencyCheckTest {

    @Test
    void the_same_sentence_translated_two_ways_is_one_finding_pointing_at_both_places() {
        List<Finding> findings = run(CheckType.INCONSISTENCY, parallel(
                List.of("El mar nunca duerme del todo.", "Tomás subió la escalera.", "El mar nunca duerme del todo."),
                List.of("The sea never sleeps completely.", "Tomás climbed the stairs.", "The ocean is never fully asleep.")));
        assertThat(rules(findings)).containsExactly("left-repeated");
        Finding f = findings.get(0);
        assertThat(f.row()).isZero();
        assertThat(f.otherRows()).containsExactly(2);
        assertThat(f.left()).hasSize(2);
        assertThat(f.right()).hasSize(2);
    }

    @Test
    void two_different_sentences_with_the_same_translation_are_reported() {
        List<Finding> findings = run(CheckType.INCONSISTENCY, parallel(
                List.of("Tomás encendió la luz del faro.", "Tomás prendió la lámpara del faro."),
                List.of("Tomás lit the lighthouse lamp.", "Tomás lit the lighthouse lamp.")));
        assertThat(rules(findings)).containsExactly("right-repeated");
    }

    @Test
    void consistent_repeats_and_short_sentences_are_not_reported() {
        assertThat(run(CheckType.INCONSISTENCY, parallel(
                List.of("El mar nunca duerme del todo.", "Sí.", "El mar nunca duerme del todo.", "Sí."),
                List.of("The sea never sleeps completely.", "Yes.", "The sea never sleeps completely!", "Yeah.")))).isEmpty();
    }
}
