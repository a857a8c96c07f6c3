package org.espejo.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.espejo.check.TestStories.parallel;
import static org.espejo.check.TestStories.rules;
import static org.espejo.check.TestStories.run;

import java.util.List;
import org.espejo.text.Lang;
import org.junit.jupiter.api.Test;

class TerminologyCheckTest {

    private static final Glossary GLOSSARY = new Glossary(Lang.SPANISH, Lang.ENGLISH, List.of(
            new GlossaryEntry(List.of("faro"), List.of("lighthouse"), List.of("beacon"), ""),
            GlossaryEntry.of("tasa de interés", "interest rate")));

    @Test
    void a_source_term_without_its_approved_translation_is_reported() {
        List<Finding> findings = run(CheckType.TERMINOLOGY,
                parallel(List.of("Subieron las tasas de interés."), List.of("Borrowing costs went up.")), GLOSSARY);
        assertThat(rules(findings)).containsExactly("approved-missing");
        assertThat(findings.get(0).args()).containsExactly("tasas de interés", "interest rate");
    }

    @Test
    void a_forbidden_translation_is_reported_where_it_stands() {
        List<Finding> findings = run(CheckType.TERMINOLOGY,
                parallel(List.of("La luz del faro."), List.of("The light of the beacon.")), GLOSSARY);
        assertThat(rules(findings)).containsExactlyInAnyOrder("approved-missing", "forbidden-use");
        Finding forbidden = findings.stream().filter(f -> f.messageKey().endsWith("forbidden-use")).findFirst().orElseThrow();
        assertThat(forbidden.right()).extracting(m -> m.span().start()).containsExactly(17);
    }

    @Test
    void approved_translations_in_the_plural_are_not_reported() {
        assertThat(run(CheckType.TERMINOLOGY, parallel(
                List.of("Los faros de la costa. Subió la tasa de interés."),
                List.of("The lighthouses of the coast. The interest rates rose.")), GLOSSARY)).isEmpty();
    }

    @Test
    void a_glossary_is_applied_in_the_direction_of_its_languages() {
        Glossary englishToSpanish = new Glossary(Lang.ENGLISH, Lang.SPANISH, List.of(GlossaryEntry.of("lighthouse", "faro")));
        assertThat(run(CheckType.TERMINOLOGY, parallel(List.of("La torre."), List.of("The lighthouse.")), englishToSpanish))
                .extracting(Finding::right).isNotEmpty();
        assertThat(run(CheckType.TERMINOLOGY, parallel(List.of("El faro."), List.of("The lighthouse.")), englishToSpanish))
                .isEmpty();
    }

    @Test
    void without_a_glossary_nothing_is_reported() {
        assertThat(run(CheckType.TERMINOLOGY, parallel(List.of("El faro."), List.of("The beacon.")))).isEmpty();
    }
}
