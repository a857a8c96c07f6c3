package org.espejo.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of a row's paragraphs, placed in the row's text (its paragraphs joined with
 * single spaces), so that a run of sentences can be cut from the row text exactly as it is
 * written, whatever whitespace a segmenter dropped between two sentences (none before a
 * closing {@code »}, for instance). A sentence not found in its paragraph makes the runs that
 * contain it fall back to joining their sentences with spaces. Immutable.
 */
final class SentenceTexts {

    private final String rowText;
    private final List<String> sentences = new ArrayList<>();
    private final List<int[]> spans = new ArrayList<>();

    /**
     * @param paragraphs the row's paragraphs, in order
     * @param sentences  the sentences of each paragraph (one list per paragraph)
     */
    SentenceTexts(List<String> paragraphs, List<List<String>> sentences) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < paragraphs.size(); p++) {
            String paragraph = paragraphs.get(p);
            int offset = -1;
            if (!paragraph.isBlank()) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                offset = text.length();
                text.append(paragraph);
            }
            int from = 0;
            for (String sentence : sentences.get(p)) {
                int at = offset < 0 ? -1 : paragraph.indexOf(sentence, from);
                this.sentences.add(sentence);
                spans.add(at < 0 ? null : new int[] {offset + at, offset + at + sentence.length()});
                from = at < 0 ? from : at + sentence.length();
            }
        }
        this.rowText = text.toString();
    }

    /** The text of sentences {@code [start, end)}: cut from the row text, or joined with spaces. */
    String run(int start, int end) {
        if (start >= end) {
            return "";
        }
        int[] first = spans.get(start);
        int[] last = spans.get(end - 1);
        boolean located = spans.subList(start, end).stream().allMatch(s -> s != null);
        if (located && first[0] <= last[1]) {
            return rowText.substring(first[0], last[1]).strip();
        }
        return String.join(" ", sentences.subList(start, end)).strip();
    }
}
