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
 * A bilingual word list as pairs of word stems; a word whose stem is in a pair gives that
 * pair's cue, on whichever side it stands. The shipped Spanish–English list
 * ({@code lexicon-es-en.tsv}, see its README) was learned by {@code LexiconBuilder} from
 * public-domain texts. Immutable and thread-safe.
 */
final class Lexicon {

    /** The empty lexicon. */
    static final Lexicon EMPTY = new Lexicon(Map.of());

    private static final String RESOURCE = "lexicon-es-en.tsv";
    private static volatile Lexicon spanishEnglish;

    /** Cue keys per stem: {@code "l" + pair number}. */
    private final Map<String, String[]> keysByStem;

    private Lexicon(Map<String, String[]> keysByStem) {
        this.keysByStem = keysByStem;
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
        Map<String, String[]> keys = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            String key = prefix + i;
            for (String stem : new String[] {pairs.get(i)[0], pairs.get(i)[1]}) {
                String[] old = keys.get(stem);
                if (old == null) {
                    keys.put(stem, new String[] {key});
                } else if (!old[old.length - 1].equals(key)) {
                    String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
                    grown[old.length] = key;
                    keys.put(stem, grown);
                }
            }
        }
        return new Lexicon(keys);
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

    /** The cue keys of a folded word, or {@code null} when the lexicon does not know it. */
    String[] keys(String foldedWord) {
        return keysByStem.isEmpty() ? null : keysByStem.get(stem(foldedWord));
    }

    boolean isEmpty() {
        return keysByStem.isEmpty();
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
