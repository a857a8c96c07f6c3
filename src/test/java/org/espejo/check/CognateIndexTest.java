package org.espejo.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CognateIndexTest {

    /** Words that each rule of Cognates.similar pairs with some other, and words it pairs with none. */
    private static final List<String> VOCABULARY = List.of(
            "moscu", "moscow", "hungria", "hungary", "japones", "japanese", "kenia", "kenyan", "haiti",
            "haitian", "michoacan", "eslovacos", "slovaks", "rufo", "rufus", "thamar", "tamar", "phillip",
            "felipe", "constantinopla", "constantinople", "washington", "washingtons", "renania", "palatinado",
            "obama", "obamas", "sancho", "sanchos", "quijote", "quixote", "dulcinea", "toboso", "mancha",
            "manchego", "the", "of", "us", "eu", "ue", "ab", "abc", "abcd", "abce", "bcde", "xabcd",
            "government", "goverment", "gobierno", "international", "internacional", "nacional", "rocinante",
            "rozinante", "yes", "si", "lord", "jehova", "jehovah", "aaron", "aron", "abraham", "abrahan");

    @Test
    void finds_exactly_the_keys_that_comparing_with_every_key_finds() {
        CognateIndex index = new CognateIndex(VOCABULARY);
        for (String query : VOCABULARY) {
            List<String> expected = VOCABULARY.stream().filter(v -> Cognates.similar(query, v)).sorted().toList();
            assertThat(index.similarTo(query).stream().sorted().toList()).as(query).isEqualTo(expected);
        }
        for (String query : List.of("moscou", "kenya", "haitians", "constantino", "goverments", "quijotes", "zz",
                "abcde", "rocin", "nacionales")) {
            List<String> expected = VOCABULARY.stream().filter(v -> Cognates.similar(query, v)).sorted().toList();
            assertThat(index.similarTo(query).stream().sorted().toList()).as(query).isEqualTo(expected);
        }
    }

    @Test
    void a_key_with_no_similar_word_finds_none() {
        assertThat(new CognateIndex(VOCABULARY).similarTo("zzyzx")).isEmpty();
    }

    @Test
    void one_edit_means_one_insertion_deletion_or_substitution() {
        assertThat(CognateIndex.withinOneEdit("tamar", "tamar")).isTrue();
        assertThat(CognateIndex.withinOneEdit("tamar", "tamr")).isTrue();
        assertThat(CognateIndex.withinOneEdit("tamar", "tamor")).isTrue();
        assertThat(CognateIndex.withinOneEdit("tamar", "ttamar")).isTrue();
        assertThat(CognateIndex.withinOneEdit("tamar", "tmor")).isFalse();
        assertThat(CognateIndex.withinOneEdit("tamar", "tamarin")).isFalse();
    }
}
