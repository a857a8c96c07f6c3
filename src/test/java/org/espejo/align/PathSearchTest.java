package org.espejo.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PathSearchTest {

    /** Paragraphs of random words, numbers and names, with some units dropped from the target. */
    private static List<List<String>> bitext(Random random, int units) {
        String[][] pairs = {{"casa", "house"}, {"perro", "dog"}, {"gobierno", "government"}, {"ciudad", "city"},
                {"Madrid", "Madrid"}, {"Lima", "Lima"}, {"1999", "1999"}, {"47", "47"}, {"economía", "economy"},
                {"presidente", "president"}, {"río", "river"}, {"Quito", "Quito"}};
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            StringBuilder es = new StringBuilder("Texto");
            StringBuilder en = new StringBuilder("Text");
            for (int w = random.nextInt(12); w > 0; w--) {
                String[] pair = pairs[random.nextInt(pairs.length)];
                es.append(' ').append(pair[0]);
                en.append(' ').append(pair[1]);
            }
            source.add(es.append('.').toString());
            if (random.nextInt(25) > 0) {
                target.add(en.append('.').toString());
            }
        }
        return List.of(source, target);
    }

    @Test
    void computing_match_rows_ahead_in_a_second_thread_finds_the_same_path() {
        List<List<String>> texts = bitext(new Random(3), 1500);
        Features features = Features.of(texts.get(0), texts.get(1), new CueExtractor(AlignerSettings.DEFAULT), WordListReading.SPANISH_SOURCE);
        BeadScorer scorer = new BeadScorer(AlignerSettings.DEFAULT, features);
        int rows = features.sourceSize;
        int columns = features.targetSize;
        int[] centre = new int[rows + 1];
        for (int i = 0; i <= rows; i++) {
            centre[i] = (int) ((long) i * columns / rows);
        }
        Band band = Band.around(centre, columns, 80);

        List<Step> inOneThread = new PathSearch(features, scorer, 0, 0, band).run(false);
        List<Step> ahead = new PathSearch(features, scorer, 0, 0, band).run(true);

        assertThat(ahead).isEqualTo(inOneThread);
        assertThat(inOneThread).anyMatch(step -> step.target().isEmpty());
        assertThat(ahead.size()).isGreaterThan(1400);
    }
}
