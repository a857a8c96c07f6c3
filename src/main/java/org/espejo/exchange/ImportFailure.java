package org.espejo.exchange;

/** Why a file could not be opened as a bitext; the UI turns each into a message. */
public enum ImportFailure {
    /** Not a TMX or XLIFF file (another XML vocabulary, an unknown XLIFF version, not XML). */
    UNSUPPORTED,
    /** Not well-formed XML, or it declares entities (which are refused for safety). */
    MALFORMED,
    /** A TMX or XLIFF file without any unit that has text. */
    EMPTY,
    /** No unit has text in a second language: a monolingual file. */
    NOT_BILINGUAL
}
