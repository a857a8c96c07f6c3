package org.espejo.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.espejo.text.Folding;
import org.espejo.text.Lang;

/**
 * Which rows of a story hold each word of one side, built once per check run so that "does the
 * other side write this name in some other row" is a look-up instead of a scan of the story:
 * the rows of each comparison key (a word's {@link Cognates#key}, and the parts of a
 * hyphenated word: "Russia-Ukraine"), the rows of each folded word (to
 * find the forms of {@link KnownVariants}), and the keys similar to a name's key
 * ({@link CognateIndex}). Not thread-safe; one per side and run.
 */
final class SideVocabulary {

    /** A growing list of distinct row indices in ascending order. */
    private static final class RowList {
        private int[] rows = new int[2];
        private int size;

        void add(int row) {
            if (size > 0 && rows[size - 1] == row) {
                return;
            }
            if (size == rows.length) {
                rows = Arrays.copyOf(rows, size * 2);
            }
            rows[size++] = row;
        }

        boolean contains(int row) {
            return Arrays.binarySearch(rows, 0, size, row) >= 0;
        }

        /** Whether some row other than {@code row} is in the list. */
        boolean hasOtherThan(int row) {
            return size > 1 || (size == 1 && rows[0] != row);
        }
    }

    private static final RowList NONE = new RowList();

    private final Lang lang;
    private final List<List<Word>> rowWords;
    private final Map<String, RowList> keyRows = new HashMap<>();
    private final Map<String, RowList> wordRows = new HashMap<>();
    private final Map<String, RowList> similarRows = new HashMap<>();
    private final Map<Integer, RowList> entryRows = new HashMap<>();
    private CognateIndex cognates;

    private SideVocabulary(Lang lang, List<List<Word>> rowWords) {
        this.lang = lang;
        this.rowWords = rowWords;
    }

    /** The vocabulary of one side, from the words of each row (by row index). */
    static SideVocabulary of(Lang lang, List<List<Word>> rowWords) {
        SideVocabulary v = new SideVocabulary(lang, rowWords);
        Map<String, List<String>> keysOfWord = new HashMap<>();
        for (int row = 0; row < rowWords.size(); row++) {
            for (Word w : rowWords.get(row)) {
                String word = Cognates.possessiveFree(w.folded());
                v.wordRows.computeIfAbsent(word, k -> new RowList()).add(row);
                for (String key : keysOfWord.computeIfAbsent(word, SideVocabulary::keysOf)) {
                    v.keyRows.computeIfAbsent(key, k -> new RowList()).add(row);
                }
            }
        }
        return v;
    }

    /** The comparison keys of a folded word without possessive: its key, and the parts of a hyphenated word. */
    private static List<String> keysOf(String word) {
        List<String> keys = new ArrayList<>(1);
        keys.add(Cognates.key(word));
        if (word.indexOf('-') > 0) {
            for (String part : word.split("-")) {
                if (part.length() >= 2) {
                    keys.add(part);
                }
            }
        }
        return keys;
    }

    /** The words of a row on this side, in order. */
    List<Word> words(int row) {
        return rowWords.get(row);
    }

    /** Whether a word of {@code row} has the comparison key {@code key}. */
    boolean hasKey(String key, int row) {
        return keyRows.getOrDefault(key, NONE).contains(row);
    }

    /** Whether a word of {@code row} is {@link Cognates#similar} to {@code key}. */
    boolean hasSimilar(String key, int row) {
        for (String similar : cognates().similarTo(key)) {
            if (hasKey(similar, row)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some row other than {@code row} has a word {@link Cognates#similar} to {@code key}. */
    boolean hasSimilarElsewhere(String key, int row) {
        return similarRows.computeIfAbsent(key, this::rowsOfSimilar).hasOtherThan(row);
    }

    private RowList rowsOfSimilar(String key) {
        java.util.TreeSet<Integer> rows = new java.util.TreeSet<>();
        for (String similar : cognates().similarTo(key)) {
            RowList r = keyRows.get(similar);
            for (int i = 0; i < r.size && rows.size() < 2; i++) {
                rows.add(r.rows[i]);
            }
            if (rows.size() >= 2) {
                break;
            }
        }
        RowList list = new RowList();
        rows.forEach(list::add);
        return list;
    }

    /** Whether some row other than {@code row} has a form, in this side's language, of variant entry {@code entry}. */
    boolean hasEntryElsewhere(int entry, int row) {
        return entryRows.computeIfAbsent(entry, this::rowsOfEntry).hasOtherThan(row);
    }

    /**
     * Up to two rows holding a form of the entry: the rows holding a word that the form's first
     * word could match (folded, without possessive: the form's first word or its singular or
     * plural), confirmed by matching the whole form against the row's words.
     */
    private RowList rowsOfEntry(int entry) {
        java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
        for (Form form : KnownVariants.shared().formsOf(entry, lang)) {
            String first = Folding.fold(form.indexKey());
            Set<String> firstWords = TermMatcher.relatives(first);
            firstWords.add(Cognates.possessiveFree(first));
            for (String w : firstWords) {
                RowList r = wordRows.get(w);
                for (int i = 0; r != null && i < r.size; i++) {
                    candidates.add(r.rows[i]);
                }
            }
        }
        RowList found = new RowList();
        for (int row : candidates) {
            if (KnownVariants.shared().occursIn(entry, rowWords.get(row), lang)) {
                found.add(row);
                if (found.size == 2) {
                    break;
                }
            }
        }
        return found;
    }

    private CognateIndex cognates() {
        if (cognates == null) {
            cognates = new CognateIndex(keyRows.keySet());
        }
        return cognates;
    }
}
