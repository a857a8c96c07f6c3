package org.espejo.align;

import org.espejo.text.Lang;

/**
 * How the two sides of a bitext read the shipped Spanish–English word list: which column
 * each side's words are looked up in.
 */
enum WordListReading {
    /** The list does not apply (a side is known to be neither Spanish nor English). */
    NONE,
    /** Source words in the Spanish column, target words in the English one. */
    SPANISH_SOURCE,
    /** Source words in the English column, target words in the Spanish one. */
    ENGLISH_SOURCE,
    /** Both ways, with separate cues, when the languages are not known. */
    EITHER;

    /** The reading for a bitext in these languages. */
    static WordListReading of(Lang source, Lang target) {
        if (!applies(source) || !applies(target)) {
            return NONE;
        }
        boolean spanishSource = source == Lang.SPANISH || target == Lang.ENGLISH;
        boolean englishSource = source == Lang.ENGLISH || target == Lang.SPANISH;
        if (spanishSource == englishSource) {
            return EITHER; // unknown, or both sides claim the same language
        }
        return spanishSource ? SPANISH_SOURCE : ENGLISH_SOURCE;
    }

    private static boolean applies(Lang lang) {
        return lang == Lang.SPANISH || lang == Lang.ENGLISH
                || lang == Lang.UNKNOWN;
    }
}
