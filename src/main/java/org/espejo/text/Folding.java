package org.espejo.text;

import java.text.Normalizer;

/**
 * Case and accent folding for matching words across languages: {@code "Michoacán"} and
 * {@code "MICHOACAN"} both fold to {@code "michoacan"}, {@code "ñandú"} to {@code "nandu"}.
 * Letters outside Latin-1 and Latin Extended-A are only lower-cased. Stateless and
 * thread-safe.
 */
public final class Folding {

    private static final char[] TABLE = buildTable();

    private Folding() {
    }

    private static char[] buildTable() {
        char[] table = new char[0x180];
        for (char c = 0; c < table.length; c++) {
            String lower = String.valueOf(Character.toLowerCase(c));
            String stripped = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            table[c] = stripped.length() == 1 ? stripped.charAt(0) : lower.charAt(0);
        }
        return table;
    }

    /** One character folded: lower case without diacritics. */
    public static char fold(char c) {
        return c < TABLE.length ? TABLE[c] : Character.toLowerCase(c);
    }

    /** The folded form of {@code text[start, end)}. */
    public static String fold(CharSequence text, int start, int end) {
        char[] out = new char[end - start];
        for (int i = start; i < end; i++) {
            out[i - start] = fold(text.charAt(i));
        }
        return new String(out);
    }

    /** The folded form of a whole text. */
    public static String fold(CharSequence text) {
        return fold(text, 0, text.length());
    }
}
