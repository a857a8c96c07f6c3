package org.espejo.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A bilingual word list as pairs of word stems, a first-language stem and a second-language
 * one. A word gives a pair's cue when its stem is in the column of its own side, so that the
 * Spanish {@code suspensión} does not meet the English {@code suspended} through two pairs
 * that happen to hold the stem {@code suspen} in different columns. The shipped
 * Spanish–English list ({@code lexicon-es-en.tsv}, see its README) was learned by
 * {@code LexiconBuilder} from public-domain texts; a learned document lexicon has the source
 * text's stems first. Immutable and thread-safe.
 */
final class Lexicon {

    /** The empty lexicon. */
    static final Lexicon EMPTY = new Lexicon(Map.of(), Map.of(), Map.of(), Map.of());

    private static final String RESOURCE = "lexicon-es-en.tsv";
    private static volatile Lexicon spanishEnglish;

    /** The two columns of a lexicon. */
    enum Column {
        /** Spanish in the shipped list, the source text in a learned one. */
        FIRST,
        /** English in the shipped list, the target text in a learned one. */
        SECOND;

        Column other() {
            return this == FIRST ? SECOND : FIRST;
        }
    }

    /** Cue keys per stem of the first and of the second column: {@code prefix + pair number}. */
    private final Map<String, String[]> first;
    private final Map<String, String[]> second;
    /**
     * The same for reading the list the other way round (a side's words looked up in the other
     * column, for texts whose languages are not known): {@code prefix + "r" + pair number}, only
     * for pairs of two different stems, so that a pair such as {@code abel/abel} matches once.
     */
    private final Map<String, String[]> firstCrossed;
    private final Map<String, String[]> secondCrossed;

    private Lexicon(Map<String, String[]> first, Map<String, String[]> second, Map<String, String[]> firstCrossed,
                    Map<String, String[]> secondCrossed) {
        this.first = first;
        this.second = second;
        this.firstCrossed = firstCrossed;
        this.secondCrossed = secondCrossed;
    }

    /** The shipped Spanish–English lexicon, loaded once. */
    static Lexicon spanishEnglish() {
        Lexicon lexicon = spanishEnglish;
        if (lexicon == null) {
            synchronized (Lexicon.class) {
                lexicon = spanishEnglish;
                if (lexicon == null) {
                    lexicon = load();
                    spanishEnglish = lexicon;
                }
            }
        }
        return lexicon;
    }

    /** A lexicon of the given {@code {source stem, target stem}} pairs. */
    static Lexicon of(List<String[]> pairs) {
        return of(pairs, "l");
    }

    /**
     * A lexicon of the given pairs whose cue keys start with {@code prefix} (which must start
     * with the lexicon tag {@code l}), so that two lexicons can be used together.
     */
    static Lexicon of(List<String[]> pairs, String prefix) {
        Map<String, String[]> first = new HashMap<>();
        Map<String, String[]> second = new HashMap<>();
        Map<String, String[]> firstCrossed = new HashMap<>();
        Map<String, String[]> secondCrossed = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            String[] pair = pairs.get(i);
            add(first, pair[0], prefix + i);
            add(second, pair[1], prefix + i);
            if (!pair[0].equals(pair[1])) {
                add(firstCrossed, pair[0], prefix + "r" + i);
                add(secondCrossed, pair[1], prefix + "r" + i);
            }
        }
        return new Lexicon(first, second, firstCrossed, secondCrossed);
    }

    private static void add(Map<String, String[]> keys, String stem, String key) {
        String[] old = keys.get(stem);
        if (old == null) {
            keys.put(stem, new String[] {key});
        } else if (!old[old.length - 1].equals(key)) {
            String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = key;
            keys.put(stem, grown);
        }
    }

    private static Lexicon load() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return EMPTY;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> pairs = new java.util.ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length >= 2) {
                    pairs.add(new String[] {columns[0], columns[1]});
                }
            }
            return of(pairs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The cue keys of a folded word whose stem is in {@code column}, or {@code null} when there is none. */
    String[] keys(String foldedWord, Column column) {
        Map<String, String[]> keys = column == Column.FIRST ? first : second;
        return keys.isEmpty() ? null : keys.get(stem(foldedWord));
    }

    /**
     * The cue keys of a folded word whose stem is in {@code column}, for reading the list the
     * other way round as well ({@code prefix + "r" + pair}): they match the same pair's other
     * stem on the other side. Null when there is none.
     */
    String[] crossedKeys(String foldedWord, Column column) {
        Map<String, String[]> keys = column == Column.FIRST ? firstCrossed : secondCrossed;
        return keys.isEmpty() ? null : keys.get(stem(foldedWord));
    }

    boolean isEmpty() {
        return first.isEmpty();
    }

    /** The stem of a folded word: a plural {@code s} dropped, then at most six letters. */
    static String stem(String folded) {
        String s = folded;
        if (s.length() >= 4 && s.charAt(s.length() - 1) == 's') {
            s = s.substring(0, s.length() - 1);
        }
        return s.length() > 6 ? s.substring(0, 6) : s;
    }
}
