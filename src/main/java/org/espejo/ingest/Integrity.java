package org.espejo.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Cheap structural checks made before parsing, for damage that lenient parsers would otherwise
 * hide by returning part of a document: a zip container (.docx, .odt, .epub) without its central
 * directory, a PDF without its end-of-file marker, an RTF file whose groups do not close. These
 * are the marks of a truncated upload. RTF groups ({@link RtfGroups}) and HTML containers
 * ({@link HtmlNesting}) nested more deeply than any real document are refused as a bomb before a
 * parser spends minutes on them (Tika would refuse the nesting later anyway, after the HTML
 * parser had built it). Scans end early when the extraction's time is up. Stateless.
 */
final class Integrity {

    private static final byte[] ZIP_END = {'P', 'K', 5, 6};
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int ZIP_END_SEARCH = 22 + 65_535;
    private static final int PDF_END_SEARCH = 1_024;
    /** How many bytes a scan reads between two looks at its guard. */
    static final int CHECK_EVERY = 65_536;

    private Integrity() {
    }

    /** Throws when {@code bytes}, of media type {@code type}, are visibly truncated or built as a bomb. */
    static void check(String fileName, String type, byte[] bytes, ParseGuard guard) throws ExtractionException {
        if (isZip(bytes) && !containsNear(bytes, ZIP_END, ZIP_END_SEARCH)) {
            throw new ExtractionException(ExtractionFailure.CORRUPT, fileName, "truncated zip: no central directory");
        }
        if (type.equals("application/pdf") && !containsNear(bytes, PDF_END, PDF_END_SEARCH)) {
            throw new ExtractionException(ExtractionFailure.CORRUPT, fileName, "truncated PDF: no %%EOF marker");
        }
        if (type.equals("application/rtf")) {
            RtfGroups.check(fileName, bytes, guard);
        }
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            HtmlNesting.check(fileName, bytes, guard);
        }
    }

    /** Ends the check if the extraction was told to stop (its time is up). */
    static void stopIfAsked(ParseGuard guard, String fileName) throws ExtractionException {
        if (guard.reason().isPresent()) {
            ParseGuard.StopParsing stop = guard.reason().get();
            throw new ExtractionException(stop.failure(), fileName, stop.detail());
        }
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static boolean containsNear(byte[] bytes, byte[] marker, int tail) {
        int from = Math.max(0, bytes.length - tail);
        for (int i = bytes.length - marker.length; i >= from; i--) {
            if (matches(bytes, i, marker)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(byte[] bytes, int at, byte[] marker) {
        for (int j = 0; j < marker.length; j++) {
            if (bytes[at + j] != marker[j]) {
                return false;
            }
        }
        return true;
    }
}
