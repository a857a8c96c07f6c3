package org.espejo.check;

import java.util.ArrayList;
import java.util.List;
import org.espejo.text.Span;

/**
 * Finds a glossary term in a passage, word by word, ignoring case and accents and allowing
 * the regular plural of each word ({@code -s}, {@code -es}, {@code y → ies}, {@code z → ces}),
 * so that "tasa de interés" finds "tasas de interés" and "policy" finds "policies".
 */
final class TermMatcher {

    private TermMatcher() {
    }

    /** The spans where {@code term} occurs among {@code words}. */
    static List<Span> find(String term, List<Word> words) {
        List<String> wanted = Words.folded(term);
        List<Span> found = new ArrayList<>();
        if (wanted.isEmpty()) {
            return found;
        }
        for (int i = 0; i + wanted.size() <= words.size(); i++) {
            if (matchesAt(wanted, words, i)) {
                found.add(new Span(words.get(i).start(), words.get(i + wanted.size() - 1).end()));
            }
        }
        return found;
    }

    static boolean occurs(String term, List<Word> words) {
        return !find(term, words).isEmpty();
    }

    private static boolean matchesAt(List<String> wanted, List<Word> words, int i) {
        for (int j = 0; j < wanted.size(); j++) {
            if (!sameWord(wanted.get(j), words.get(i + j).folded())) {
                return false;
            }
        }
        return true;
    }

    static boolean sameWord(String term, String word) {
        String w = Cognates.possessiveFree(word);
        return term.equals(w) || isPlural(term, w) || isPlural(w, term);
    }

    /**
     * Every term that {@link #sameWord} can accept for {@code word}: the word without a
     * possessive, and its regular singulars and plurals.
     */
    static java.util.Set<String> sameWordCandidates(String word) {
        return relatives(Cognates.possessiveFree(word));
    }

    /** {@code w} and every word that is its regular singular or plural. */
    static java.util.Set<String> relatives(String w) {
        java.util.Set<String> terms = new java.util.HashSet<>();
        terms.add(w);
        terms.add(w + "s");
        terms.add(w + "es");
        if (w.endsWith("s")) {
            terms.add(stem(w));
        }
        if (w.endsWith("es")) {
            terms.add(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("ies")) {
            terms.add(w.substring(0, w.length() - 3) + "y");
        }
        if (w.endsWith("ces")) {
            terms.add(w.substring(0, w.length() - 3) + "z");
        }
        if (w.length() > 2 && w.endsWith("y")) {
            terms.add(stem(w) + "ies");
        }
        if (w.length() > 2 && w.endsWith("z")) {
            terms.add(stem(w) + "ces");
        }
        return terms;
    }

    private static boolean isPlural(String singular, String plural) {
        if (plural.equals(singular + "s") || plural.equals(singular + "es")) {
            return true;
        }
        if (singular.length() > 2 && singular.endsWith("y") && plural.equals(stem(singular) + "ies")) {
            return true;
        }
        return singular.length() > 2 && singular.endsWith("z") && plural.equals(stem(singular) + "ces");
    }

    private static String stem(String word) {
        return word.substring(0, word.length() - 1);
    }
}
