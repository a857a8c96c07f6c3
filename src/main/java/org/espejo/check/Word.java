package org.espejo.check;

import org.espejo.text.Folding;

/**
 * A word of a passage: a run of letters (with inner apostrophes or hyphens).
 *
 * @param start   first character in the paragraph's text
 * @param end     end of the word, exclusive
 * @param text    the word as written
 * @param initial whether it opens a sentence, a quotation or a parenthesis, where capitals
 *                say nothing about names
 * @param folded  the text in lower case without accents ({@link Folding#fold})
 */
record Word(int start, int end, String text, boolean initial, String folded) {

    /** A word whose folded form is computed from its text. */
    Word(int start, int end, String text, boolean initial) {
        this(start, end, text, initial, Folding.fold(text));
    }

    boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean isAllCaps() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    boolean isLowerCase() {
        return Character.isLowerCase(text.charAt(0));
    }
}
