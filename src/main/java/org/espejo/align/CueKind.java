package org.espejo.align;

/** The families of cues the scorer matches across the two sides of a bead. */
enum CueKind {
    /** Digits, number words, ordinals and Roman numerals, as a value ({@code "1.500"} = {@code "1,500"}). */
    NUMBER('#'),
    /** Capitalised words that do not start a sentence, accent-folded. */
    NAME('n'),
    /** The first letters of longer words, accent-folded (a cheap cognate test). */
    COGNATE('c'),
    /** Question and exclamation marks, quotes, parentheses, colons. */
    PUNCTUATION('p'),
    /** Word pairs from a bilingual lexicon (built in, shipped or learned from the document). */
    LEXICON('l');

    private final char tag;

    CueKind(char tag) {
        this.tag = tag;
    }

    private static final CueKind[] ALL = values();

    /** The first character of every cue key of this kind. */
    char tag() {
        return tag;
    }

    static CueKind ofTag(char tag) {
        for (CueKind kind : ALL) {
            if (kind.tag == tag) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no cue kind " + tag);
    }
}
