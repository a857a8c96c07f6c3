package org.espejo.check;

import java.util.List;
import org.espejo.text.Folding;

/**
 * A written form of a name or term as a sequence of words, matched against text word by word:
 * ignoring case, accents and regular plurals, except that a form written all in capitals ({@code US}, {@code UN})
 * matches only capitals, so that it does not match the pronoun "us".
 *
 * @param words     the form's words, folded (or as written, for an all-capitals form)
 * @param exactCase whether the form is all capitals
 */
record Form(List<String> words, boolean exactCase) {

    Form {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a form needs a word");
        }
    }

    static Form of(String written) {
        List<Word> ws = Words.of(written);
        boolean caps = ws.stream().allMatch(Word::isAllCaps);
        return new Form(ws.stream().map(w -> caps ? w.text() : w.folded()).toList(), caps);
    }

    /** Whether the form occurs as consecutive words of {@code text}. */
    boolean occursIn(List<Word> text) {
        return indexIn(text, 0) >= 0;
    }

    /** Whether the form is exactly these words. */
    boolean isAll(List<Word> text) {
        return text.size() == words.size() && matchesAt(text, 0);
    }

    /** The index of the first word of the first occurrence at or after {@code from}, or -1. */
    int indexIn(List<Word> text, int from) {
        for (int i = from; i + words.size() <= text.size(); i++) {
            if (matchesAt(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the form occurs at word {@code i} of {@code text}. */
    boolean occursAt(List<Word> text, int i) {
        return i + words.size() <= text.size() && matchesAt(text, i);
    }

    /** The keys under which {@link #lookUpKeys} of a word of {@code text} find this form: its first word. */
    String indexKey() {
        return words.get(0);
    }

    /**
     * Every key that a form matching at {@code w} could have as {@link #indexKey()}: the word
     * in capitals as written, and its folded form, singular and plural.
     */
    static java.util.Set<String> lookUpKeys(Word w) {
        java.util.Set<String> keys = TermMatcher.sameWordCandidates(Folding.fold(w.text()));
        keys.add(Cognates.possessiveFree(w.text()));
        return keys;
    }

    private boolean matchesAt(List<Word> text, int i) {
        for (int j = 0; j < words.size(); j++) {
            Word w = text.get(i + j);
            String wanted = words.get(j);
            if (exactCase ? !Cognates.possessiveFree(w.text()).equals(wanted) : !TermMatcher.sameWord(wanted, Folding.fold(w.text()))) {
                return false;
            }
        }
        return true;
    }
}
