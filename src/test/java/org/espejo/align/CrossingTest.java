package org.espejo.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 2-2 bead's crossing match (what a source unit shares with the other target unit) counts
 * at the sentence level only as far as the lengths show text crossing over.
 */
class CrossingTest {

    /**
     * Each Spanish sentence pairs with the English one below it, of about its length, but the
     * names the first Spanish sentence gives come in the second English one.
     */
    private static final List<String> ES = List.of(
            "El consejo aprobó el informe de Kowalczyk y de Oyelaran sobre el puerto.",
            "El pleno lo votó al día siguiente y los dos expertos estuvieron presentes.");
    private static final List<String> EN = List.of(
            "The council approved the report by the two experts on the harbour.",
            "Kowalczyk and Oyelaran saw the plenary vote on it the day after.");

    private static AlignerSettings withCrossingCredit(AlignerSettings s, double credit) {
        return new AlignerSettings(s.signals(), s.gapPenalty(), s.mergePenalty(), s.doublePenalty(), s.triplePenalty(),
                s.quadruplePenalty(), s.lengthWeight(), s.lengthVariance(), s.lexicalWeight(), s.matchThreshold(),
                s.chanceWeight(), s.orphanWeight(), s.bandHalfWidth(), s.confidenceTemperature(), credit);
    }

    private static Features features(List<String> source, List<String> target, AlignerSettings settings) {
        Features features = Features.of(source, target, new CueExtractor(settings), WordListReading.SPANISH_SOURCE);
        features.useCharRatio(1.0);
        return features;
    }

    private static double[] matchedAndDiagonal(Features f) {
        double matched = f.matched(Range.of(0, 2), Range.of(0, 2));
        double diagonal = f.shared(0, 0) + f.shared(1, 1);
        return new double[] {matched, diagonal};
    }

    @Test
    void without_a_crossing_in_the_lengths_only_the_diagonal_pairs_count() {
        Features f = features(List.of("aaaa Kowalczyk 101 bbbb Oyelaran", "cccc 202 dddd yyyyyyyy"),
                List.of("eeee Kowalczyk 101 ffff xxxxxxxx", "gggg 202 hhhh Oyelaran"), AlignerSettings.SENTENCES);
        double[] m = matchedAndDiagonal(f);
        assertThat(m[0]).as("the fixture has a crossing match").isGreaterThan(m[1] + 0.5);
        BeadScorer sentences = new BeadScorer(AlignerSettings.SENTENCES, f);
        // both pairs are of equal lengths: no crossing shown
        assertThat(sentences.crossed(0, 0, m[0], m[1])).isCloseTo(m[1], within(1e-9));
        BeadScorer whole = new BeadScorer(withCrossingCredit(AlignerSettings.SENTENCES, 1), f);
        assertThat(whole.crossed(0, 0, m[0], m[1])).isEqualTo(m[0]);
        BeadScorer half = new BeadScorer(withCrossingCredit(AlignerSettings.SENTENCES, 0.5), f);
        assertThat(half.crossed(0, 0, m[0], m[1])).isCloseTo((m[0] + m[1]) / 2, within(1e-9));
    }

    @Test
    void text_that_crosses_over_in_the_lengths_keeps_the_crossing_match() {
        // the first Spanish sentence's tail went to the second English one: opposite length errors of many deviations
        Features f = features(
                List.of("aaaa Kowalczyk 101 bbbb Oyelaran and a long tail that the translator moved over to the next sentence",
                        "cccc 202 dddd"),
                List.of("eeee Kowalczyk 101 ffff",
                        "gggg 202 hhhh Oyelaran and a long tail that the translator moved over to the next sentence"),
                AlignerSettings.SENTENCES);
        double[] m = matchedAndDiagonal(f);
        assertThat(m[0]).isGreaterThan(m[1] + 0.5);
        assertThat(new BeadScorer(AlignerSettings.SENTENCES, f).crossed(0, 0, m[0], m[1])).isEqualTo(m[0]);
    }

    @Test
    void names_that_cross_over_without_the_lengths_showing_it_leave_the_sentences_one_to_one() {
        List<List<String>> es = new java.util.ArrayList<>(List.of(ES));
        List<List<String>> en = new java.util.ArrayList<>(List.of(EN));
        List<Bead> beads = new java.util.ArrayList<>(List.of(new Bead(Range.single(0), Range.single(0), 1, Evidence.NONE)));
        for (int p = 1; p <= 12; p++) { // other paragraphs, so that the names are rare in the document
            es.add(List.of("Aquella tarde llovió sobre la ciudad y nadie salió de casa."));
            en.add(List.of("That evening it rained over the town and nobody left home."));
            beads.add(new Bead(Range.single(p), Range.single(p), 1, Evidence.NONE));
        }
        Alignment paragraphs = Alignment.of(es.size(), en.size(), beads);
        SentenceAligner sentences = new SentenceAligner();
        assertThat(Fixtures.compact(sentences.align(paragraphs, es, en).groups().get(0))).isEqualTo("0-0 1-1");
        SentenceAligner crediting = new SentenceAligner(withCrossingCredit(AlignerSettings.SENTENCES, 1));
        assertThat(Fixtures.compact(crediting.align(paragraphs, es, en).groups().get(0)))
                .as("counted whole, the repeated names pull the two pairs into one 2-2 bead")
                .isEqualTo("0,1-0,1");
    }

    @Test
    void the_search_and_the_exact_cost_agree_on_2_2_beads() {
        Features f = features(ES, EN, AlignerSettings.SENTENCES);
        BeadScorer scorer = new BeadScorer(AlignerSettings.SENTENCES, f);
        MatchRows rows = new MatchRows(f, 0, 0, Band.full(2, 2));
        rows.advance(0);
        rows.advance(1);
        assertThat(scorer.cost(BeadType.TWO_TWO, 0, 0, rows, 0, 0))
                .isCloseTo(scorer.cost(Range.of(0, 2), Range.of(0, 2)), within(1e-4));
    }
}
