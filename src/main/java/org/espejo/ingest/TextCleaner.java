package org.espejo.ingest;

import java.text.Normalizer;

/**
 * Normalises extracted text without changing what it says: Unicode NFC; soft hyphens,
 * zero-width and other invisible format characters and control characters removed; the Latin
 * typographic ligatures (ﬁ, ﬂ…) spelled out; non-breaking and all other spaces and line breaks
 * made one plain space; no space at either end. Most paragraphs need none of this, and one scan
 * tells (plain text of a whole novel is cleaned in a few milliseconds). Stateless.
 */
final class TextCleaner {

    private static final String[] LIGATURES = {"ff", "fi", "fl", "ffi", "ffl", "ſt", "st"};
    private static final int NEEDS_CLEANING = 1;
    private static final int MAY_NEED_NFC = 2;

    private TextCleaner() {
    }

    /** The cleaned text; empty when {@code raw} has nothing visible. */
    static String clean(String raw) {
        int work = scan(raw);
        if (work == 0) {
            return raw;
        }
        String text = raw;
        if ((work & MAY_NEED_NFC) != 0 && !Normalizer.isNormalized(raw, Normalizer.Form.NFC)) {
            text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        } else if ((work & NEEDS_CLEANING) == 0) {
            return raw;
        }
        return rebuild(text);
    }

    /** Whether {@code text} has no visible character (only spaces and invisible characters). */
    static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c) && !isInvisible(c)) {
                return false;
            }
        }
        return true;
    }

    private static String rebuild(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
            } else if (!isInvisible(c)) {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                if (c >= '\uFB00' && c <= '\uFB06') {
                    sb.append(LIGATURES[c - '\uFB00']);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    /** What {@code text} needs: nothing (0), cleaning, and/or a check for NFC. */
    private static int scan(String text) {
        int n = text.length();
        if (n == 0) {
            return 0;
        }
        int work = text.charAt(0) == ' ' || text.charAt(n - 1) == ' ' ? NEEDS_CLEANING : 0;
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '\u0300') {
                if (c == ' ' ? previous == ' ' : c < ' ' || (c >= '\u007F' && c <= '\u00A0') || c == '\u00AD') {
                    work |= NEEDS_CLEANING;
                }
            } else {
                if (isSpace(c) || isInvisible(c) || (c >= '\uFB00' && c <= '\uFB06')) {
                    work |= NEEDS_CLEANING;
                }
                if (mayChangeUnderNfc(c)) {
                    work |= MAY_NEED_NFC;
                }
            }
            previous = c;
        }
        return work;
    }

    /**
     * Whether NFC might change {@code c} (at or above U+0300). General punctuation and currency
     * signs never change (the two quad spaces that do become plain spaces anyway).
     */
    private static boolean mayChangeUnderNfc(char c) {
        return !(c >= '\u2000' && c <= '\u206F') && !(c >= '\u20A0' && c <= '\u20CF');
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isInvisible(char c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL;
    }
}
