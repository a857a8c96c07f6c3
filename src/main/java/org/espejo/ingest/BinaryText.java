package org.espejo.ingest;

/**
 * Tells decoded text from binary data decoded as if it were text: real text has no NUL
 * characters and hardly any other control characters (tabs, line and page breaks aside).
 * Stateless.
 */
final class BinaryText {

    private static final int SAMPLE = 65_536;

    private BinaryText() {
    }

    /** Whether more than 1 % of the first characters are control characters, or any is NUL. */
    static boolean looksBinary(String text) {
        int n = Math.min(text.length(), SAMPLE);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        return controls * 100 > n;
    }
}
