package org.espejo.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a row's paragraphs begin and end inside its one-segment text. A segment shows a
 * 2-1 row's paragraphs joined with a space; Espejo writes their lengths (in code points,
 * comma-separated: {@code "57,63"}) as metadata beside it, so that its own import restores
 * the paragraphs while other tools simply see one segment. Stateless and thread-safe.
 */
final class ParagraphLengths {

    private ParagraphLengths() {
    }

    /** The lengths of the paragraphs, or {@code ""} for fewer than two paragraphs. */
    static String encode(List<String> paragraphs) {
        if (paragraphs.size() < 2) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String p : paragraphs) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(p.codePointCount(0, p.length()));
        }
        return sb.toString();
    }

    /**
     * The paragraphs of a segment text: split by the lengths when they fit the text exactly
     * (each break a single space), else the text as one paragraph; none for a blank text.
     */
    static List<String> decode(String text, String lengths) {
        if (text.isBlank()) {
            return List.of();
        }
        List<String> split = split(text, lengths);
        return split.isEmpty() ? List.of(text) : split;
    }

    private static List<String> split(String text, String lengths) {
        if (lengths.isBlank()) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        int at = 0;
        String[] parts = lengths.split(",");
        for (int k = 0; k < parts.length; k++) {
            int n;
            try {
                n = Integer.parseInt(parts[k].trim());
            } catch (NumberFormatException e) {
                return List.of();
            }
            if (n <= 0 || text.codePointCount(at, text.length()) < n) {
                return List.of();
            }
            int end = text.offsetByCodePoints(at, n);
            String p = text.substring(at, end);
            if (p.isBlank()) {
                return List.of();
            }
            paragraphs.add(p);
            boolean last = k == parts.length - 1;
            if (last != (end == text.length()) || (!last && text.charAt(end) != ' ')) {
                return List.of();
            }
            at = end + 1;
        }
        return paragraphs;
    }
}
