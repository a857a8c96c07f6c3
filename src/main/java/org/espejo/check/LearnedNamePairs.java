package org.espejo.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Name pairings the story itself shows: a name word that no spelling rule or known variant
 * matches, but that recurs in most of its rows together with the same word on the other side
 * ({@code Jehová} with {@code LORD}), counted over the story's non-gap rows.
 */
final class LearnedNamePairs {

    private static final int MIN_LEARNED_ROWS = 2;

    private LearnedNamePairs() {
    }

    /** Name words of {@code side} that form rules leave unmatched, paired with the other-side word they recur with. */
    static Map<String, Set<String>> learn(StoryNames names, AlignedStory story, Side side) {
        Map<String, Integer> nameRows = new HashMap<>();
        Map<String, Integer> wordRows = new HashMap<>();
        Map<String, Map<String, Integer>> together = new HashMap<>();
        Map<String, String> contentKeyOf = new HashMap<>();
        for (StoryRow row : story.rows()) {
            if (row.isGap()) {
                continue;
            }
            Set<String> otherKeys = contentKeys(names.words(row, side.other()), contentKeyOf);
            otherKeys.forEach(k -> wordRows.merge(k, 1, Integer::sum));
            Set<String> unmatched = new HashSet<>();
            for (NameMention m : names.mentions(row, side)) {
                if (!names.matchesByForm(m, side, row)) {
                    unmatched.addAll(m.keys());
                }
            }
            for (String key : unmatched) {
                nameRows.merge(key, 1, Integer::sum);
                Map<String, Integer> counts = together.computeIfAbsent(key, k -> new HashMap<>());
                otherKeys.forEach(k -> counts.merge(k, 1, Integer::sum));
            }
        }
        Map<String, Set<String>> pairs = new HashMap<>();
        together.forEach((key, counts) -> counts.forEach((partner, n) -> {
            int rows = nameRows.get(key);
            double dice = 2.0 * n / (rows + wordRows.get(partner));
            if (n >= MIN_LEARNED_ROWS && n >= 0.6 * rows && dice >= 0.4) {
                pairs.computeIfAbsent(key, k -> new HashSet<>()).add(partner);
            }
        }));
        return pairs;
    }

    /** The keys of the words that are not function words; {@code keyOf} remembers each word's key ("" for none). */
    private static Set<String> contentKeys(List<Word> words, Map<String, String> keyOf) {
        Set<String> keys = new HashSet<>();
        for (Word w : words) {
            String key = keyOf.computeIfAbsent(w.folded(),
                    f -> f.length() >= 3 && !Stopwords.isStopword(f) ? Cognates.key(f) : "");
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys;
    }

}
