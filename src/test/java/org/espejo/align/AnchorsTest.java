package org.espejo.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorsTest {

    @Test
    void the_chain_follows_unique_shared_cues_and_drops_a_crossing_stray() {
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            source.add("párrafo número " + (1000 + i));
            target.add("paragraph number " + (1000 + i));
        }
        source.add(5, "Aquí sobra algo: Zacatecas.");
        target.set(30, target.get(30) + " Zacatecas");
        Features features = Features.of(source, target, new CueExtractor(AlignerSettings.DEFAULT), WordListReading.NONE);
        List<int[]> chain = Anchors.chain(features, 0, source.size(), 0, target.size());
        assertThat(chain).hasSizeGreaterThan(35);
        for (int[] anchor : chain) {
            int expectedRow = anchor[1] <= 5 ? anchor[1] : anchor[1] + 1;
            assertThat(anchor[0]).as("anchor %d,%d", anchor[0], anchor[1]).isEqualTo(expectedRow);
        }
    }

    @Test
    void without_anchors_the_centre_is_the_character_diagonal() {
        List<String> source = List.of("aaaa", "bbbb", "cccc", "dddd");
        List<String> target = List.of("wwwwwwww", "xxxxxxxx");
        Features features = Features.of(source, target, new CueExtractor(AlignerSettings.DEFAULT), WordListReading.NONE);
        assertThat(Anchors.centre(features, 0, 4, 0, 2)).containsExactly(0, 1, 1, 2, 2);
    }
}
