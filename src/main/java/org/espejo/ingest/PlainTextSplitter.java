package org.espejo.ingest;

import java.util.ArrayList;
import java.util.List;

/** Cuts plain text into paragraphs by blank lines or by lines ({@link TextSplit}). */
final class PlainTextSplitter {

    private PlainTextSplitter() {
    }

    static List<String> split(String text, TextSplit split) {
        String[] lines = text.split("\\r\\n|\\r|\\n|\\u2028|\\u2029", -1);
        TextSplit rule = split;
        if (rule == TextSplit.AUTO) {
            rule = hasBlankLineBetweenText(lines) ? TextSplit.BLANK : TextSplit.LINE;
        }
        List<String> paragraphs = new ArrayList<>();
        if (rule == TextSplit.LINE) {
            for (String line : lines) {
                if (!line.isBlank()) {
                    paragraphs.add(line.strip());
                }
            }
            return paragraphs;
        }
        StringBuilder block = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                flush(block, paragraphs);
            } else {
                if (block.length() > 0) {
                    block.append(' ');
                }
                block.append(line.strip());
            }
        }
        flush(block, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder block, List<String> paragraphs) {
        if (block.length() > 0) {
            paragraphs.add(block.toString());
            block.setLength(0);
        }
    }

    private static boolean hasBlankLineBetweenText(String[] lines) {
        boolean seenText = false;
        boolean blankAfterText = false;
        for (String line : lines) {
            if (line.isBlank()) {
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
}
