package org.espejo.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MatchRowsTest {

    /** Paragraphs of random words from a small vocabulary, so cues repeat within and across units. */
    private static List<String> randomText(Random random, int units) {
        String[] words = {"Madrid", "Lima", "casa", "house", "perro", "dog", "1999", "2004", "gobierno", "government",
                "economia", "economy", "Quito", "Bogota", "ciudad", "city", "47", "12", "presidente", "president"};
        List<String> texts = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            StringBuilder sb = new StringBuilder("Texto");
            int n = random.nextInt(6);
            for (int w = 0; w < n; w++) {
                sb.append(' ').append(words[random.nextInt(words.length)]);
            }
            texts.add(sb.toString());
        }
        return texts;
    }

    @Test
    void row_sums_equal_the_exact_matched_weight_of_every_bead_shape() {
        Random random = new Random(7);
        List<String> source = randomText(random, 30);
        List<String> target = randomText(random, 34);
        Features features = Features.of(source, target, new CueExtractor(AlignerSettings.DEFAULT), WordListReading.NONE);
        assertThat(checkedCells(features, Band.full(source.size(), target.size()))).isGreaterThan(5000);
    }

    @Test
    void rows_stay_exact_when_the_window_moves_along_a_narrow_band() {
        Random random = new Random(11);
        List<String> source = randomText(random, 240);
        List<String> target = randomText(random, 260);
        Features features = Features.of(source, target, new CueExtractor(AlignerSettings.DEFAULT), WordListReading.NONE);
        int[] centre = new int[source.size() + 1];
        for (int i = 0; i <= source.size(); i++) {
            centre[i] = i * target.size() / source.size();
        }
        assertThat(checkedCells(features, Band.around(centre, target.size(), 4))).isGreaterThan(10_000);
    }

    /** Compares the rows of every non-gap bead inside the band with the exact matched weight; returns how many. */
    private static int checkedCells(Features features, Band band) {
        MatchRows rows = new MatchRows(features, 0, 0, band);
        int checked = 0;
        for (int i = 1; i <= band.rows; i++) {
            rows.advance(i - 1);
            for (int j = band.lo[i]; j <= band.hi[i]; j++) {
                for (BeadType type : BeadType.ALL) {
                    int pi = i - type.source;
                    int pj = j - type.target;
                    if (type.isGap() || !band.contains(pi, pj)) {
                        continue;
                    }
                    double exact = features.matched(new Range(pi, i), new Range(pj, j));
                    assertThat(rows.matched(type, pi, pj)).as("%s at %d,%d", type, pi, pj).isCloseTo(exact, within(1e-3));
                    checked++;
                }
            }
        }
        return checked;
    }

    @Test
    void the_search_bound_never_exceeds_the_cost_of_a_bead() {
        Random random = new Random(5);
        List<String> source = randomText(random, 60);
        List<String> target = randomText(random, 70);
        Features features = Features.of(source, target, new CueExtractor(AlignerSettings.DEFAULT), WordListReading.NONE);
        BeadScorer scorer = new BeadScorer(AlignerSettings.DEFAULT, features);
        int checked = 0;
        int belowCost = 0;
        for (int s = 0; s < source.size(); s++) {
            for (int t = 0; t < target.size(); t++) {
                for (BeadType type : BeadType.ALL) {
                    if (s + type.source > source.size() || t + type.target > target.size()) {
                        continue;
                    }
                    double matched = features.matched(new Range(s, s + type.source), new Range(t, t + type.target));
                    double cost = scorer.cost(type, s, t, matched);
                    double bound = scorer.lowerBound(type, s, t);
                    assertThat(bound).as("%s at %d,%d", type, s, t).isLessThanOrEqualTo(cost);
                    if (bound < cost - 0.5) {
                        belowCost++;
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(30_000);
        assertThat(belowCost).as("the bound is not trivially far below").isLessThan(checked);
    }
}
