package org.espejo.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.espejo.check.TestStories.parallel;
import static org.espejo.check.TestStories.rules;
import static org.espejo.check.TestStories.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypographyCheckTest {

    private static List<String> check(String es, String en) {
        return rules(run(CheckType.TYPOGRAPHY, parallel(List.of(es), List.of(en))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Quién encenderá la luz?|Who will light the lamp?|unopened-question",
        "¿Quién encenderá la luz. Nadie.|Who will light the lamp. Nobody.|unclosed-question",
        "Qué alegría!|What a joy!|unopened-exclamation",
        "El faro (el viejo se apagó.|The old lighthouse went dark.|unclosed-bracket",
        "Dijo: «vuelvo mañana.|He said: I will come back tomorrow.|unbalanced-quote",
        "- Vuelvo mañana -dijo.|\"I will come back tomorrow,\" he said.|dialogue-dash",
        "Llegó tarde , como siempre.|He came late, as always.|space-before",
        "¿ Vienes?|Are you coming?|space-after",
        "Tomás  llegó.|Tomás came.|double-space",
        "La cifra es 1,5.|The figure is 1,5.|decimal-comma",
        "¿Vienes?|¿Are you coming?|spanish-mark",
        "¿Vienes mañana?|You are coming tomorrow.|end-mark",
        "Llegó el barco. Nadie lo esperaba.|The ship arrived. Nobody expected it|end-mark"
    })
    void each_rule_finds_its_problem(String es, String en, String rule) {
        assertThat(check(es, en)).containsExactly(rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "¿Quién encenderá la luz?|Who will light the lamp?",
        "Y tú, ¿qué piensas?|And you, what do you think?",
        "¡¿Qué dices?!|What are you saying?!",
        "Visite www.ejemplo.es/faro?id=3 hoy.|Visit www.ejemplo.es/faro?id=3 today.",
        "—Vuelvo mañana —dijo.|\"I will come back tomorrow,\" he said.",
        "Los pasos son: a) subir, b) bajar.|The steps are: a) climb, b) descend.",
        "Una pantalla de 2\" de ancho.|A 2\" wide screen.",
        "Dijo: «vuelvo mañana».|He said: \"I will come back tomorrow.\"",
        "La cifra es 1.500 o 1,5.|The figure is 1,500 or 1.5.",
        "Espera...|Wait...",
        "El faro de Isla Negra|The Isla Negra lighthouse."
    })
    void correct_typography_is_not_reported(String es, String en) {
        assertThat(check(es, en)).isEmpty();
    }

    @Test
    void a_quotation_running_over_two_paragraphs_is_not_reported() {
        List<String> es = List.of("«Echo de menos el mar.", "»Pero no la escalera», dijo.");
        List<String> en = List.of("\"I miss the sea.", "\"But not the stairs,\" he said.");
        assertThat(rules(run(CheckType.TYPOGRAPHY, parallel(es, en)))).isEmpty();
    }

    @Test
    void a_list_that_the_other_side_also_opens_with_dashes_is_not_dialogue() {
        assertThat(check("- Primero, subir.", "- First, climb.")).isEmpty();
    }

    @Test
    void a_decimal_point_is_reported_only_where_the_rest_of_the_text_writes_decimal_commas() {
        List<String> es = List.of("Subió un 2,5 %.", "Bajó un 1,5 %.", "Y luego un 3.5 %.");
        List<String> en = List.of("It rose 2.5%.", "It fell 1.5%.", "And then 3.5%.");
        assertThat(rules(run(CheckType.TYPOGRAPHY, parallel(es, en)))).containsExactly("decimal-point");
        assertThat(check("Subió un 3.5 %.", "It rose 3.5%.")).isEmpty();
    }
}
