package org.espejo.ingest;

/**
 * Checks that an RTF file's groups ({@code {…}}) close, and are not nested deeper than any real
 * document, by a byte scan that skips escaped braces and {@code \bin} binary data. Unclosed
 * groups are the mark of a truncated file, which Tika's lenient RTF parser would read in part.
 * Stateless.
 */
final class RtfGroups {

    /** Deeper group nesting than this is not a real document. */
    static final int MAX_DEPTH = 1_000;

    private RtfGroups() {
    }

    static void check(String fileName, byte[] bytes, ParseGuard guard) throws ExtractionException {
        int depth = 0;
        int nextCheck = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (i >= nextCheck) {
                Integrity.stopIfAsked(guard, fileName);
                nextCheck = i + Integrity.CHECK_EVERY;
            }
            byte b = bytes[i];
            if (b == '\\') {
                i = skipControl(bytes, i);
            } else if (b == '{') {
                depth++;
                if (depth > MAX_DEPTH) {
                    throw new ExtractionException(ExtractionFailure.EMBEDDED_LIMIT, fileName,
                            "RTF groups nested more than " + MAX_DEPTH + " deep");
                }
            } else if (b == '}') {
                depth--;
            }
        }
        if (depth != 0) {
            throw new ExtractionException(ExtractionFailure.CORRUPT, fileName,
                    "truncated RTF: " + Math.abs(depth) + " groups not closed");
        }
    }

    /** The index of the last byte of the control word or symbol starting at {@code backslash}. */
    private static int skipControl(byte[] bytes, int backslash) {
        int i = backslash + 1;
        if (i >= bytes.length || !isLetter(bytes[i])) {
            return i;
        }
        int wordStart = i;
        while (i < bytes.length && isLetter(bytes[i])) {
            i++;
        }
        boolean bin = i - wordStart == 3 && bytes[wordStart] == 'b' && bytes[wordStart + 1] == 'i'
                && bytes[wordStart + 2] == 'n';
        long parameter = 0;
        if (i < bytes.length && bytes[i] == '-') {
            i++;
        }
        while (i < bytes.length && bytes[i] >= '0' && bytes[i] <= '9') {
            parameter = Math.min(Integer.MAX_VALUE, parameter * 10 + (bytes[i] - '0'));
            i++;
        }
        if (bin) {
            int data = i < bytes.length && bytes[i] == ' ' ? i + 1 : i;
            return (int) Math.min(bytes.length - 1L, data + parameter - 1);
        }
        return i < bytes.length && bytes[i] == ' ' ? i : i - 1;
    }

    private static boolean isLetter(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }

}
