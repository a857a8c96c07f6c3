package org.espejo.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.espejo.align.Lexicon.Column.FIRST;
import static org.espejo.align.Lexicon.Column.SECOND;

import java.util.ArrayList;
import java.util.List;
import org.espejo.text.Lang;
import org.junit.jupiter.api.Test;

/** A word list pairs a word of one side with a word of the other only through its own column. */
class LexiconTest {

    /** {@code suspen} is an English stem in the first pair and a Spanish one in the second. */
    private static final Lexicon LIST = Lexicon.of(List.of(
            new String[] {"sosten", "suspen"},
            new String[] {"suspen", "waitin"},
            new String[] {"abel", "abel"}));

    @Test
    void a_stem_in_different_columns_of_two_pairs_does_not_match_itself() {
        assertThat(LIST.keys("suspension", FIRST)).containsExactly("l1");
        assertThat(LIST.keys("suspended", SECOND)).containsExactly("l0");
        assertThat(LIST.keys("sostenia", FIRST)).isEqualTo(LIST.keys("suspended", SECOND));
    }

    @Test
    void read_the_other_way_round_a_pair_gives_its_own_keys_except_for_two_equal_stems() {
        assertThat(LIST.crossedKeys("waiting", SECOND)).containsExactly("lr1");
        assertThat(LIST.crossedKeys("suspension", FIRST)).containsExactly("lr1");
        assertThat(LIST.crossedKeys("abel", FIRST)).isNull();
        assertThat(LIST.keys("abel", FIRST)).isEqualTo(LIST.keys("abel", SECOND));
    }

    @Test
    void the_languages_decide_which_column_each_side_reads() {
        assertThat(WordListReading.of(Lang.SPANISH, Lang.ENGLISH)).isEqualTo(WordListReading.SPANISH_SOURCE);
        assertThat(WordListReading.of(Lang.SPANISH, Lang.UNKNOWN)).isEqualTo(WordListReading.SPANISH_SOURCE);
        assertThat(WordListReading.of(Lang.ENGLISH, Lang.SPANISH)).isEqualTo(WordListReading.ENGLISH_SOURCE);
        assertThat(WordListReading.of(Lang.UNKNOWN, Lang.SPANISH)).isEqualTo(WordListReading.ENGLISH_SOURCE);
        assertThat(WordListReading.of(Lang.UNKNOWN, Lang.UNKNOWN)).isEqualTo(WordListReading.EITHER);
        assertThat(WordListReading.of(Lang.SPANISH, Lang.SPANISH)).isEqualTo(WordListReading.EITHER);
        assertThat(WordListReading.of(Lang.GERMAN, Lang.FRENCH)).isEqualTo(WordListReading.NONE);
    }

    @Test
    void an_english_source_meets_its_spanish_target_whichever_reading_allows_it() {
        String english = "The year ended";
        String spanish = "El año terminó";
        CueExtractor extractor = new CueExtractor(AlignerSettings.DEFAULT);
        for (WordListReading reading : List.of(WordListReading.ENGLISH_SOURCE, WordListReading.EITHER)) {
            assertThat(lexiconKeys(extractor, english, reading, true))
                    .as(reading.name()).containsAnyElementsOf(lexiconKeys(extractor, spanish, reading, false));
        }
        List<String> shared = new ArrayList<>(lexiconKeys(extractor, english, WordListReading.SPANISH_SOURCE, true));
        shared.retainAll(lexiconKeys(extractor, spanish, WordListReading.SPANISH_SOURCE, false));
        assertThat(shared).as("read as a Spanish source, the English words find no pair").isEmpty();
    }

    private static List<String> lexiconKeys(CueExtractor extractor, String text, WordListReading reading,
                                            boolean source) {
        List<String> keys = new ArrayList<>();
        extractor.extract(text, reading, source, (key, start, end) -> {
            if (key.startsWith("l") && Character.isDigit(key.charAt(key.length() - 1))) {
                keys.add(key);
            }
        });
        return keys;
    }
}
