package org.espejo.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.espejo.check.TestStories.parallel;
import static org.espejo.check.TestStories.rules;
import static org.espejo.check.TestStories.run;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesCheckTest {

    private static final List<String> ES = List.of(
            "Tomás Aguilar vive en Valparaíso desde 2019.",
            "Cada mañana Tomás baja al puerto a ver los barcos.",
            "En el puerto, Tomás saluda a los pescadores.");

    @Test
    void a_name_the_translation_keeps_elsewhere_and_drops_here_is_reported() {
        List<String> en = List.of(
                "Tomás Aguilar has lived in Valparaíso since 2019.",
                "Every morning he goes down to the harbour to watch the ships.",
                "At the harbour, Tomás greets the fishermen.");
        List<Finding> findings = run(CheckType.NAMES, parallel(ES, en));
        assertThat(rules(findings)).containsExactly("missing");
        assertThat(findings.get(0).row()).isEqualTo(1);
        assertThat(findings.get(0).args()).containsExactly("Tomás");
    }

    @Test
    void a_name_in_every_row_of_both_sides_is_not_reported() {
        List<String> en = List.of(
                "Tomás Aguilar has lived in Valparaíso since 2019.",
                "Every morning Tomás goes down to the harbour to watch the ships.",
                "At the harbour, Tomás greets the fishermen.");
        assertThat(run(CheckType.NAMES, parallel(ES, en))).isEmpty();
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
        List<String> es = List.of("El Nuevo Centro no puede usar la sigla UDF.",
                "La Unión por la Democracia Francesa perdió la votación.");
        List<String> en = List.of("The New Centre cannot use the UDF acronym (Union for French Democracy).",
                "The Union for French Democracy lost the vote.");
        assertThat(run(CheckType.NAMES, parallel(es, en))).isEmpty();
    }
}
