package org.espejo.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.espejo.text.Span;

/** Look-ups inside a row shared by the checks. Stateless. */
final class Rows {

    private Rows() {
    }

    /** The row sentence on {@code side} that contains the start of {@code mark}. */
    static Optional<RowSentence> sentenceAt(StoryRow row, Side side, Mark mark) {
        for (RowSentence s : row.sentences(side)) {
            Span span = s.span();
            if (s.passage().paragraph() == mark.paragraph() && span.start() <= mark.span().start()
                    && mark.span().start() < Math.max(span.end(), span.start() + 1)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The text of the sentence around {@code mark}, or of its paragraph if unsegmented. */
    static String contextOf(StoryRow row, Side side, Mark mark) {
        return sentenceAt(row, side, mark).map(RowSentence::text).orElseGet(() -> row.side(side).stream()
                .filter(p -> p.paragraph() == mark.paragraph()).findFirst().map(Passage::text).orElse(""));
    }

    /** The link that holds the sentence around {@code mark}, if the row has links. */
    static Optional<SentenceLink> linkOf(StoryRow row, Side side, Mark mark) {
        Optional<RowSentence> sentence = sentenceAt(row, side, mark);
        if (sentence.isEmpty()) {
            return Optional.empty();
        }
        int index = sentence.get().index();
        for (SentenceLink link : row.links()) {
            if ((side == Side.LEFT ? link.left() : link.right()).contains(index)) {
                return Optional.of(link);
            }
        }
        return Optional.empty();
    }

    /** The sentences on {@code side} that {@code link} covers. */
    static List<RowSentence> sentencesOf(StoryRow row, Side side, SentenceLink link) {
        List<RowSentence> all = row.sentences(side);
        var range = side == Side.LEFT ? link.left() : link.right();
        return new ArrayList<>(all.subList(range.start(), range.end()));
    }

    /** Marks on the other side for the sentences linked to the one around {@code mark}. */
    static List<Mark> counterpartMarks(StoryRow row, Side side, Mark mark) {
        return linkOf(row, side, mark)
                .map(link -> sentencesOf(row, side.other(), link).stream().map(RowSentence::mark).toList())
                .orElse(List.of());
    }

    /** A whole passage as a mark. */
    static Mark whole(Passage p) {
        return new Mark(p.paragraph(), new Span(0, p.text().length()));
    }

    /** Shortens a text for a message argument. */
    static String excerpt(String text, int max) {
        String t = text.strip();
        return t.length() <= max ? t : t.substring(0, max - 1).strip() + "…";
    }
}
