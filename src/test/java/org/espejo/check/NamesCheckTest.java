package org.espejo.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.espejo.check.TestStories.parallel;
import static org.espejo.check.TestStories.rules;
import static org.espejo.check.TestStories.run;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesCheckTest {

    private static final List<String> ES = List.of(
            "Tomás Aguilar vive en Valparaíso con Lucía desde 2019.",
            "Cada mañana Tomás baja al puerto con Lucía a ver los barcos.",
            "En el puerto, Tomás y Lucía saludan a los pescadores.");

    @Test
    void a_name_the_translation_keeps_elsewhere_and_drops_here_is_reported() {
        List<String> en = List.of(
                "Tomás Aguilar has lived in Valparaíso with Lucía since 2019.",
                "Every morning Tomás goes down to the harbour to watch the ships.",
                "At the harbour, Tomás and Lucía greet the fishermen.");
        List<Finding> findings = run(CheckType.NAMES, parallel(ES, en));
        assertThat(rules(findings)).containsExactly("missing");
        assertThat(findings.get(0).row()).isEqualTo(1);
        assertThat(findings.get(0).args()).containsExactly("Lucía");
    }

    @Test
    void a_name_in_every_row_of_both_sides_is_not_reported() {
        List<String> en = List.of(
                "Tomás Aguilar has lived in Valparaíso with Lucía since 2019.",
                "Every morning Tomás goes down to the harbour with Lucía to watch the ships.",
                "At the harbour, Tomás and Lucía greet the fishermen.");
        assertThat(run(CheckType.NAMES, parallel(ES, en))).isEmpty();
    }

    @Test
    void a_name_the_translation_renders_by_a_pronoun_is_not_reported() {
        List<String> en = List.of(
                "Tomás Aguilar has lived in Valparaíso with Lucía since 2019.",
                "Every morning he goes down to the harbour with Lucía to watch the ships.",
                "At the harbour, Tomás and Lucía greet the fishermen.");
        assertThat(run(CheckType.NAMES, parallel(ES, en))).isEmpty();
    }

    @Test
    void a_pronoun_that_translates_a_pronoun_of_the_name_side_does_not_stand_in_for_the_name() {
        List<String> es = List.of("Martin Sander trabaja en Bonn.",
                "Su opinión es que en Sudamérica se preservan muchos fósiles.",
                "Los fósiles de Sudamérica son antiguos.");
        List<String> en = List.of("Martin Sander works in Bonn.",
                "He believes that many fossils are preserved.",
                "The fossils of Sudamérica are old.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).singleElement()
                .satisfies(f -> assertThat(f.args()).containsExactly("Sudamérica"));
    }

    @Test
    void a_speaker_rendered_by_he_said_is_not_reported() {
        List<String> es = List.of("Lorena Vidal habló en Sevilla.",
                "Si sube el precio del pan, habrá protestas en el barrio, dijo Vidal.");
        List<String> en = List.of("Lorena Vidal spoke in Seville.",
                "If the price of bread goes up, there will be protests in the neighbourhood, she said.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).isEmpty();
    }

    @Test
    void a_name_the_translation_keeps_only_the_description_of_is_reported_whatever_its_pronouns() {
        List<String> es = List.of("Okonkwo habló en Lagos.",
                "Un día después de su retiro del ejército, el general nigeriano juró el cargo.");
        List<String> en = List.of("Okonkwo spoke in Lagos.",
                "One day after retiring from the army, Nigerian general Okonkwo took the oath of office.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).singleElement()
                .satisfies(f -> assertThat(f.args()).containsExactly("Okonkwo"));
    }

    @Test
    void an_english_subject_that_spanish_leaves_to_its_verb_is_not_reported() {
        List<String> es = List.of("Marta Quiroga nació en Burgos.", "En 1990 se cambió a la radio local.");
        List<String> en = List.of("Marta Quiroga was born in Burgos.", "In 1990 Quiroga moved to local radio.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).isEmpty();
    }

    @Test
    void an_attribution_dropped_with_its_verb_of_speech_is_reported() {
        List<String> es = List.of("Lindqvist habló en Hamburgo.",
                "La subida va en contra de lo que el alcalde prometió en marzo.");
        List<String> en = List.of("Lindqvist spoke in Hamburg.",
                "The rise goes against what the mayor promised in March, Lindqvist added.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).singleElement()
                .satisfies(f -> assertThat(f.args()).containsExactly("Lindqvist"));
    }

    @Test
    void an_attribution_whose_verb_of_speech_spanish_keeps_without_subject_is_not_reported() {
        List<String> es = List.of("Lindqvist habló en Hamburgo.",
                "La subida va en contra de lo que el alcalde prometió en marzo, añadió.");
        List<String> en = List.of("Lindqvist spoke in Hamburg.",
                "The rise goes against what the mayor promised in March, Lindqvist added.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).isEmpty();
    }

    @Test
    void a_name_after_a_preposition_is_no_subject_that_spanish_could_drop() {
        List<String> es = List.of("Cuba recibe a muchos turistas.", "Pocos viajeros dejan de ver el puerto viejo.");
        List<String> en = List.of("Cuba welcomes many tourists.", "Few travellers to Cuba leave without seeing the old harbour.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).singleElement()
                .satisfies(f -> assertThat(f.args()).containsExactly("Cuba"));
    }

    @Test
    void capitals_that_open_verse_lines_after_commas_are_not_names() {
        List<String> es = List.of(
                "Será Dan serpiente junto al camino, Cerasta junto á la senda, Que muerde los talones, Y hace caer al jinete.",
                "Dan juzgará á su pueblo.");
        List<String> en = List.of(
                "Dan shall be a serpent by the way, an adder in the path, that biteth the horse heels.",
                "Dan shall judge his people, and Cerasta shall hide.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).isEmpty();
    }

    @Test
    void a_portfolio_after_a_ministers_title_is_not_a_missing_name() {
        List<String> es = List.of("La ministra de Medio Ambiente habló ayer.",
                "Nadie contestó al ministerio, llamado Medio Ambiente.");
        List<String> en = List.of("The environment minister spoke yesterday.",
                "Nobody answered the ministry, called Medio Ambiente.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).isEmpty();
    }

    @Test
    void a_name_and_its_number_written_as_a_local_code_of_initials_and_digits_is_not_missing() {
        List<String> es = List.of("La estación de Bilbao cerró.", "Habló con los críticos del B30 toda la semana.");
        List<String> en = List.of("The Bilbao station closed.",
                "He talked with the critics of the Bilbao 30 plan all week.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).isEmpty();
    }

    @Test
    void accents_cognates_known_variants_and_nationality_adjectives_are_not_reported() {
        List<String> es = List.of(
                "El gobernador de Michoacán viajó a Moscú con el embajador de EE. UU. en Alemania.",
                "El Gobierno británico respondió desde Londres.",
                "Según la prensa, la delegación de Michoacán volvió de Moscú sin acuerdo con Alemania.");
        List<String> en = List.of(
                "The governor of Michoacan travelled to Moscow with the U.S. ambassador to Germany.",
                "The British Government replied from London.",
                "According to the press, the Michoacan delegation came back from Moscow without a deal with Germany.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).isEmpty();
    }

    @Test
    void a_name_the_other_side_renders_by_another_name_in_the_same_sentence_is_not_reported() {
        List<String> es = List.of("Los manifestantes marcharon en Burdeos.", "Burdeos amaneció tranquila.");
        List<String> en = List.of("The protesters marched in Bordeaux.", "Bordeaux woke up calm.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).isEmpty();
    }

    @Test
    void capitalised_common_words_and_sentence_openers_are_not_names() {
        List<String> es = List.of("Ayer el Gobierno aprobó la ley.", "Después habló el Presidente.");
        List<String> en = List.of("Yesterday the cabinet passed the law.", "Then the head of state spoke.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).isEmpty();
    }

    @Test
    void institutions_named_with_ministry_words_are_not_missing_names() {
        List<String> es = List.of("El Ministro de Finanzas dimitió ayer.", "La crisis sigue sin remedio.");
        List<String> en = List.of("The treasury secretary resigned yesterday.", "The finance crisis goes on.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).isEmpty();
    }

    @Test
    void a_spanish_plural_that_drops_the_accent_of_a_common_word_is_a_common_word() {
        List<String> es = List.of("El equipo jugará la Liga de Campeones.", "Nadie lo duda.");
        List<String> en = List.of("The team will play the big cup.", "Nobody doubts the champions.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).isEmpty();
    }

    @Test
    void an_imperative_with_its_pronoun_attached_is_not_a_name() {
        List<String> es = List.of("Y diciendo: ¡Ah! tú que derribas el templo, Sálvate á ti mismo.",
                "Y los que pasaban le denostaban.");
        List<String> en = List.of("And saying, Ah, thou that destroyest the temple, save thyself.",
                "And they that passed by railed on him, and cried Salvation.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).isEmpty();
    }

    @Test
    void british_rendered_as_ingles_is_not_a_missing_name() {
        List<String> es = List.of("Pero el partido del gobierno inglés aceptó dinero.",
                "El escándalo crece en Gran Bretaña.");
        List<String> en = List.of("But the party of Britain's government took money.",
                "The scandal grows in Britain.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).isEmpty();
    }

    @Test
    void a_capital_opening_speech_after_said_and_a_comma_is_not_a_name() {
        List<String> es = List.of("Y decía: ¿A qué haremos semejante el reino de Dios?",
                "Leyó la palabra whereunto en voz alta.");
        List<String> en = List.of("And he said, Whereunto shall we liken the kingdom of God?",
                "He read the old word aloud.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).isEmpty();
    }

    @Test
    void compass_words_and_party_nicknames_are_common_words() {
        List<String> es = List.of("El presidente del país sudamericano habló.", "Los conservadores callaron.",
                "Sonaba música southern y un toro mugía.");
        List<String> en = List.of("The president of the South American country spoke.",
                "The Tory benches kept silent.", "Country music played and a bull bellowed.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).isEmpty();
    }

    @Test
    void a_name_the_other_side_writes_as_an_acronym_in_another_order_is_not_missing() {
        List<String> es = List.of("La nueva lista no puede usar la sigla PDR.",
                "El Partido Democrático Rural perdió la votación.");
        List<String> en = List.of("The new list may not use the PDR initials (Rural Democratic Party).",
                "The Rural Democratic Party lost the vote.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).isEmpty();
    }

    @Test
    void an_institution_the_other_side_names_with_capitalised_common_words_is_not_missing() {
        List<String> es = List.of("Los jugadores no temieron al público que llenaba el pabellón de la Paz y la Amistad anoche.",
                "Ganaron en el Peace and Friendship Stadium.");
        List<String> en = List.of("The players did not fear the crowd at the Peace and Friendship Stadium last night.",
                "They won at the Peace and Friendship Stadium.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).isEmpty();
    }

    @Test
    void capitalised_words_that_render_another_name_of_the_row_do_not_excuse_a_dropped_name() {
        List<String> es = List.of("Ayer por la tarde Obama recibió a Medvédev para cenar en la Casa Blanca.",
                "Medvédev y Obama firmaron el tratado.");
        List<String> en = List.of("Yesterday afternoon Obama received the guest for dinner at the White House.",
                "Medvédev and Obama signed the treaty.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).singleElement()
                .satisfies(f -> assertThat(f.args()).containsExactly("Medvédev"));
    }

    @Test
    void a_name_the_other_side_writes_by_an_acronym_it_alone_has_is_not_missing() {
        List<String> es = List.of("Es poco, explicó el sindicalista Marc Delorme (FO).",
                "Marc Delorme habló por Ouvrière.");
        List<String> en = List.of("It is little, explains the unionist Marc Delorme from Ouvrière.",
                "Marc Delorme spoke for Ouvrière.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).isEmpty();
    }

    @Test
    void a_name_spelt_as_two_words_or_without_a_silent_h_is_present() {
        List<String> es = List.of("La escuela abrió su propio canal de YouTube.", "Los hijos de Disán: Huz, y Arán.",
                "YouTube y Huz.");
        List<String> en = List.of("The school opened its own You Tube channel.", "The children of Dishan; Uz, and Aran.",
                "YouTube and Huz.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).isEmpty();
    }

    @Test
    void a_spanish_name_after_a_bare_noun_is_no_apposition_and_may_be_rendered_by_a_pronoun() {
        List<String> es = List.of("Pablo Quiroga habló.", "Dentro de tres años Quiroga quiere otra emisora.");
        List<String> en = List.of("Pablo Quiroga spoke.", "In three years he wants another radio station.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).isEmpty();
    }
}
