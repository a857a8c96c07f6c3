package org.espejo.language;

/**
 * What the language of one paragraph says about its translation, on a side whose language is
 * expected to be Spanish (or English).
 */
public enum PassageStatus {
    /** In the expected language throughout. */
    SAME,
    /**
     * Wholly, or mostly, in the other side's language: left untranslated (or partly
     * translated, when {@link ForeignPassage#spans()} do not cover all of it).
     */
    UNTRANSLATED,
    /**
     * In the expected language, with a minority of text in another language inside it,
     * typically a quotation kept in its original language (an English tweet quoted in a
     * Spanish article); all foreign text inside quotation marks counts as a quotation however
     * long it is.
     */
    MIXED_QUOTE,
    /** Wholly, or mostly, in a third language (neither the expected one nor the other side's). */
    OTHER_LANGUAGE,
    /** Too short, or too uncertain, to say. */
    UNKNOWN;

    /** Whether the UI should point the paragraph out. */
    public boolean isFlagged() {
        return this == UNTRANSLATED || this == MIXED_QUOTE || this == OTHER_LANGUAGE;
    }
}
