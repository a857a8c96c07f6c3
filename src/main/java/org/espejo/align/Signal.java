package org.espejo.align;

/**
 * A scoring signal of {@link BandedAligner}, to switch on or off (the defaults use all of
 * them; switching one off measures what it adds).
 */
public enum Signal {
    /** The character-length model, with the length ratio fitted to the document pair. */
    LENGTH,
    /** Shared numbers, number words, ordinals and Roman numerals. */
    NUMBERS,
    /** Shared capitalised names, accent-folded. */
    NAMES,
    /** Shared word beginnings (cognates). */
    COGNATES,
    /** Question/exclamation marks, quotes, parentheses and colons on both sides. */
    PUNCTUATION,
    /** The built-in bilingual word list. */
    LEXICON,
    /** Word pairs learned from the document itself in a second pass. */
    DOCUMENT_LEXICON
}
