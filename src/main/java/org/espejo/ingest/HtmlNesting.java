package org.espejo.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Measures how deeply an HTML file nests its containers ({@code div}, {@code ul},
 * {@code table}…), without parsing it: a byte scan of start and end tags that skips comments,
 * declarations, and script and style text. Elements whose end tag may be left out ({@code p},
 * {@code li}, {@code td}…) and inline elements are not counted, so sloppy real pages stay far
 * below the limit. Stateless.
 */
final class HtmlNesting {

    /** Deeper nesting of containers than this is not a real page. */
    static final int MAX_DEPTH = 1_000;

    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "header",
            "footer", "aside", "nav", "figure", "blockquote", "ul", "ol", "dl", "table", "form", "fieldset",
            "details", "center", "object");

    private HtmlNesting() {
    }

    /** Counts open container elements, skipping comments, declarations and script and style text. */
    static void check(String fileName, byte[] bytes, ParseGuard guard) throws ExtractionException {
        int depth = 0;
        int nextCheck = 0;
        int i = 0;
        while (i < bytes.length) {
            if (i >= nextCheck) {
                Integrity.stopIfAsked(guard, fileName);
                nextCheck = i + Integrity.CHECK_EVERY;
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
            } else if (CONTAINERS.contains(name) && bytes[i - 2] != '/') {
                depth = end ? Math.max(0, depth - 1) : depth + 1;
                if (depth > MAX_DEPTH) {
                    throw new ExtractionException(ExtractionFailure.EMBEDDED_LIMIT, fileName,
                            "HTML elements nested more than " + MAX_DEPTH + " deep");
                }
            }
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

    private static boolean isLetter(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }

}
