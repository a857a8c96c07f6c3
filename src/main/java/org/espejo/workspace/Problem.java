package org.espejo.workspace;

/**
 * What can be wrong with the user's input; each has a message in both UI languages under the
 * key {@code problem.<name in lower case>}.
 */
public enum Problem {
    EMPTY,
    NO_TEXT,
    UNSUPPORTED,
    CORRUPT,
    ENCRYPTED,
    TOO_LARGE,
    TOO_MUCH_TEXT,
    TIMEOUT,
    EMBEDDED_LIMIT,
    SAME_LANGUAGE,
    NOT_SPANISH_ENGLISH,
    LANGUAGE_UNKNOWN,
    PARAGRAPH_TOO_LONG,
    STALE_EDIT,
    NOT_FOUND,
    IMPORT_UNSUPPORTED,
    IMPORT_MALFORMED,
    IMPORT_EMPTY,
    IMPORT_NOT_BILINGUAL,
    /** A glossary file that is neither CSV/TSV with term columns nor TBX. */
    GLOSSARY_UNREADABLE;

    /** The i18n key of the message. */
    public String messageKey() {
        return "problem." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
