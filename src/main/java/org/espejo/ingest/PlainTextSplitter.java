package org.espejo.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts plain text into paragraphs ({@link TextSplit}). With {@link TextSplit#BLANK} a paragraph
 * is a block of lines between blank lines, its lines joined with one space; with
 * {@link TextSplit#LINE} every non-blank line is a paragraph; {@link TextSplit#AUTO} takes
 * BLANK when a blank line separates two lines of text, else LINE. A line is blank when it has
 * no visible character. Line ends: LF, CRLF, CR, U+2028 and U+2029.
 */
final class PlainTextSplitter {

    private PlainTextSplitter() {
    }

    static List<String> split(String text, TextSplit split) {
        List<String> lines = lines(text);
        TextSplit rule = split;
        if (rule == TextSplit.AUTO) {
            rule = hasBlankLineBetweenText(lines) ? TextSplit.BLANK : TextSplit.LINE;
        }
        return rule == TextSplit.LINE ? nonBlankLines(lines) : blocks(lines);
    }

    private static List<String> nonBlankLines(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : lines) {
            if (!TextCleaner.isBlank(line)) {
                paragraphs.add(line.strip());
            }
        }
        return paragraphs;
    }

    private static List<String> blocks(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (TextCleaner.isBlank(lines.get(i))) {
                if (start >= 0) {
                    paragraphs.add(joined(lines, start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            paragraphs.add(joined(lines, start, lines.size()));
        }
        return paragraphs;
    }

    /** Lines {@code from} (inclusive) to {@code to} (exclusive), stripped and joined with a space. */
    private static String joined(List<String> lines, int from, int to) {
        if (to - from == 1) {
            return lines.get(from).strip();
        }
        StringBuilder block = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (block.length() > 0) {
                block.append(' ');
            }
            block.append(lines.get(i).strip());
        }
        return block.toString();
    }

    private static boolean hasBlankLineBetweenText(List<String> lines) {
        boolean seenText = false;
        boolean blankAfterText = false;
        for (String line : lines) {
            if (TextCleaner.isBlank(line)) {
                blankAfterText = seenText;
            } else {
                if (blankAfterText) {
                    return true;
                }
                seenText = true;
            }
        }
        return false;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(text.length() / 64 + 16);
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c <= '\r' ? c == '\n' || c == '\r' : c == '\u2028' || c == '\u2029') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }
}
