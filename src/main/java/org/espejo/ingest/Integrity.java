package org.espejo.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Cheap structural checks made before parsing, for damage that lenient parsers would otherwise
 * hide by returning part of a document: a zip container (.docx, .odt, .epub) without its central
 * directory, a PDF without its end-of-file marker, an RTF file whose groups do not close. These
 * are the marks of a truncated upload. RTF groups and HTML containers nested more deeply than
 * any real document are refused as a bomb before a parser spends minutes on them (Tika would
 * refuse the nesting later anyway, after the HTML parser had built it). Stateless.
 */
final class Integrity {

    /** Deeper RTF group nesting than this is not a real document. */
    static final int MAX_RTF_DEPTH = 1_000;
    /** Deeper nesting of HTML containers ({@code div}, {@code ul}, {@code table}…) than this is not a real page. */
    static final int MAX_HTML_DEPTH = 1_000;

    private static final Set<String> HTML_CONTAINERS = Set.of("div", "section", "article", "main", "header",
            "footer", "aside", "nav", "figure", "blockquote", "ul", "ol", "dl", "table", "form", "fieldset",
            "details", "center", "object");

    private static final byte[] ZIP_END = {'P', 'K', 5, 6};
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int ZIP_END_SEARCH = 22 + 65_535;
    private static final int PDF_END_SEARCH = 1_024;
    private static final int CHECK_EVERY = 65_536;

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
            checkRtfGroups(fileName, bytes, guard);
        }
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            checkHtmlNesting(fileName, bytes, guard);
        }
    }

    /** Counts open container elements, skipping comments, declarations and script and style text. */
    private static void checkHtmlNesting(String fileName, byte[] bytes, ParseGuard guard) throws ExtractionException {
        int depth = 0;
        int nextCheck = 0;
        int i = 0;
        while (i < bytes.length) {
            if (i >= nextCheck) {
                stopIfAsked(guard, fileName);
                nextCheck = i + CHECK_EVERY;
            }
            if (bytes[i] != '<' || i + 1 >= bytes.length) {
                i++;
                continue;
            }
            boolean end = bytes[i + 1] == '/';
            int nameStart = end ? i + 2 : i + 1;
            if (nameStart < bytes.length && (bytes[nameStart] == '!' || bytes[nameStart] == '?')) {
                i = skipPast(bytes, nameStart, startsWith(bytes, nameStart, "!--") ? "-->" : ">");
                continue;
            }
            int nameEnd = nameStart;
            while (nameEnd < bytes.length && isLetterOrDigit(bytes[nameEnd])) {
                nameEnd++;
            }
            String name = new String(bytes, nameStart, nameEnd - nameStart, StandardCharsets.US_ASCII)
                    .toLowerCase(Locale.ROOT);
            i = skipPast(bytes, nameEnd, ">");
            if (!end && (name.equals("script") || name.equals("style"))) {
                i = skipPast(bytes, i, "</" + name);
            } else if (HTML_CONTAINERS.contains(name) && bytes[i - 2] != '/') {
                depth = end ? Math.max(0, depth - 1) : depth + 1;
                if (depth > MAX_HTML_DEPTH) {
                    throw new ExtractionException(ExtractionFailure.EMBEDDED_LIMIT, fileName,
                            "HTML elements nested more than " + MAX_HTML_DEPTH + " deep");
                }
            }
        }
    }

    /** Ends the check if the extraction was told to stop (its time is up). */
    private static void stopIfAsked(ParseGuard guard, String fileName) throws ExtractionException {
        if (guard.reason().isPresent()) {
            ParseGuard.StopParsing stop = guard.reason().get();
            throw new ExtractionException(stop.failure(), fileName, stop.detail());
        }
    }

    /** The index just past the next {@code marker} at or after {@code from}, or the end. */
    private static int skipPast(byte[] bytes, int from, String marker) {
        byte[] m = marker.getBytes(StandardCharsets.US_ASCII);
        for (int i = from; i <= bytes.length - m.length; i++) {
            if (matchesIgnoreCase(bytes, i, m)) {
                return i + m.length;
            }
        }
        return bytes.length;
    }

    private static boolean startsWith(byte[] bytes, int at, String prefix) {
        return at + prefix.length() <= bytes.length
                && matchesIgnoreCase(bytes, at, prefix.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean matchesIgnoreCase(byte[] bytes, int at, byte[] marker) {
        for (int j = 0; j < marker.length; j++) {
            if (Character.toLowerCase(bytes[at + j]) != marker[j]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(byte b) {
        return isLetter(b) || (b >= '0' && b <= '9');
    }

    private static void checkRtfGroups(String fileName, byte[] bytes, ParseGuard guard) throws ExtractionException {
        int depth = 0;
        int nextCheck = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (i >= nextCheck) {
                stopIfAsked(guard, fileName);
                nextCheck = i + CHECK_EVERY;
            }
            byte b = bytes[i];
            if (b == '\\') {
                i = skipControl(bytes, i);
            } else if (b == '{') {
                depth++;
                if (depth > MAX_RTF_DEPTH) {
                    throw new ExtractionException(ExtractionFailure.EMBEDDED_LIMIT, fileName,
                            "RTF groups nested more than " + MAX_RTF_DEPTH + " deep");
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
