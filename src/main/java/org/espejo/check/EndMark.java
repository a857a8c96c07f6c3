package org.espejo.check;

/**
 * How a sentence or paragraph ends, once closing quotes and brackets are set aside. Two sides
 * that end differently (a question against a statement) are worth a look.
 */
enum EndMark {
    QUESTION,
    EXCLAMATION,
    STOP,
    COLON,
    OTHER,
    NONE;

    /** The end mark of {@code text}. */
    static EndMark of(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "»”\"’')]".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        if (i < 0) {
            return NONE;
        }
        char c = text.charAt(i);
        return switch (c) {
            case '?' -> QUESTION;
            case '!' -> EXCLAMATION;
            case '.', '…' -> STOP;
            case ':' -> COLON;
            case ';', ',', '-', '—', '–' -> OTHER;
            default -> Character.isLetterOrDigit(c) ? NONE : OTHER;
        };
    }

    /** The character that shows this end, for messages. */
    String shown(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "»”\"’')]".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return this == NONE || i < 0 ? "∅" : String.valueOf(text.charAt(i));
    }
}
