package org.espejo.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.espejo.check.TestStories.parallel;
import static org.espejo.check.TestStories.rules;
import static org.espejo.check.TestStories.run;

import java.util.List;
import org.espejo.text.Lang;
import org.junit.jupiter.api.Test;

class VariantsCheckTest {

    @Test
    void a_name_spelt_two_ways_on_one_side_is_reported_at_the_rarer_spelling() {
        List<Finding> findings = run(CheckType.VARIANTS, parallel(
                List.of("Llegó a Michoacán.", "Michoacán es grande.", "Volvió de Michoacán."),
                List.of("He arrived in Michoacán.", "Michoacán is big.", "He came back from Michoacan.")));
        assertThat(rules(findings)).containsExactly("spelling");
        assertThat(findings.get(0).row()).isEqualTo(2);
        assertThat(findings.get(0).args()).containsExactly("Michoacán (2×), Michoacan (1×)");
    }

    @Test
    void a_recurring_name_rendered_two_ways_on_the_other_side_is_reported() {
        List<Finding> findings = run(CheckType.VARIANTS, parallel(
                List.of("Habló Nicolas Sarkozy.", "Nicolas Sarkozy calló.", "Nicolas Sarkozy volvió a hablar."),
                List.of("Nicolas Sarkozy spoke.", "Nicolas Sakozy fell silent.", "Nicolas Sarkozy spoke again.")));
        assertThat(rules(findings)).contains("translation");
    }

    @Test
    void possessives_capitals_and_longer_forms_of_one_name_are_not_variants() {
        assertThat(run(CheckType.VARIANTS, parallel(
                List.of("Obama habló.", "Barack Obama calló.", "JEHOVÁ es grande.", "Jehová habló."),
                List.of("Obama's speech began.", "Barack Obama fell silent.", "The LORD is great.", "The LORD spoke."))))
                .isEmpty();
    }

    @Test
    void a_glossary_term_translated_by_two_of_its_approved_terms_is_reported() {
        Glossary glossary = new Glossary(Lang.SPANISH, Lang.ENGLISH,
                List.of(new GlossaryEntry(List.of("faro"), List.of("lighthouse", "light tower"), List.of(), "")));
        List<Finding> findings = run(CheckType.VARIANTS, parallel(
                List.of("El faro brillaba.", "El faro se apagó.", "El faro volvió a brillar."),
                List.of("The lighthouse shone.", "The light tower went dark.", "The lighthouse shone again.")), glossary);
        assertThat(rules(findings)).containsExactly("glossary");
        assertThat(findings.get(0).row()).isEqualTo(1);
    }
}
