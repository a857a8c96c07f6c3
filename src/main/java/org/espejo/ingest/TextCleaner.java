package org.espejo.ingest;

import java.text.Normalizer;

/**
 * Normalises extracted text without changing what it says: NFC, soft hyphens and zero-width
 * characters removed, non-breaking and other spaces made plain, runs of whitespace collapsed.
 */
final class TextCleaner {

    private TextCleaner() {
    }

    static String clean(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u2060') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (Character.getType(c) == Character.CONTROL) {
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
