package org.espejo.check;

import java.util.ArrayList;
import java.util.List;
import org.espejo.text.Span;

/**
 * Spanish typography and punctuation: unpaired ¿? and ¡!, unbalanced quotation marks and a
 * quotation style that differs from the rest of the text, hyphens for the dialogue dash,
 * a decimal point where the text otherwise writes decimal commas; on either side spaces
 * before punctuation or after opening marks, double spaces, unbalanced brackets; in English
 * text decimal commas and Spanish marks; and linked sentences that end differently on the
 * two sides (a question answered by a statement, a sentence that lost its full stop). The
 * one-sided rules live in {@link SideTypography}.
 */
final class TypographyCheck implements Check {

    @Override
    public CheckType type() {
        return CheckType.TYPOGRAPHY;
    }

    @Override
    public List<Finding> run(AlignedStory story, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Side side : Side.values()) {
            for (SideTypography.Hit hit : new SideTypography(story, side).hits()) {
                findings.add(finding(side, hit));
            }
        }
        for (StoryRow row : story.rows()) {
            if (!row.isGap()) {
                endMarks(row, findings);
            }
        }
        return findings;
    }

    private Finding finding(Side side, SideTypography.Hit hit) {
        Passage p = hit.at().passage();
        StoryRow row = hit.at().row();
        Mark mark = new Mark(p.paragraph(), hit.hit().span());
        return Finding.in(type(), hit.hit().severity(), row.index())
                .mark(side, mark)
                .message(hit.hit().rule(), hit.hit().args().toArray())
                .identifiedBy(side.name(), hit.hit().span().of(p.text()), Rows.contextOf(row, side, mark));
    }

    /** Linked sentences (or the row's last paragraphs) that end with different marks. */
    private void endMarks(StoryRow row, List<Finding> out) {
        List<RowSentence> left = row.sentences(Side.LEFT);
        List<RowSentence> right = row.sentences(Side.RIGHT);
        if (row.links().isEmpty()) {
            if (!left.isEmpty() && !right.isEmpty()) {
                compareEnds(row, left.get(left.size() - 1), right.get(right.size() - 1), out);
            }
            return;
        }
        for (SentenceLink link : row.links()) {
            if (!link.isGap()) {
                compareEnds(row, left.get(link.left().end() - 1), right.get(link.right().end() - 1), out);
            }
        }
    }

    private void compareEnds(StoryRow row, RowSentence left, RowSentence right, List<Finding> out) {
        EndMark l = EndMark.of(left.text());
        EndMark r = EndMark.of(right.text());
        if (l == r || !matters(l, r, left, right)) {
            return;
        }
        out.add(Finding.in(type(), Severity.WARNING, row.index())
                .mark(Side.LEFT, endMark(left)).mark(Side.RIGHT, endMark(right))
                .message("end-mark", l.shown(left.text()), r.shown(right.text()))
                .identifiedBy(left.text(), right.text()));
    }

    /**
     * A question or exclamation against anything else; a full stop against no mark at all,
     * unless the sentence without one is a paragraph of its own (a headline or a title).
     */
    private static boolean matters(EndMark a, EndMark b, RowSentence left, RowSentence right) {
        if (a == EndMark.QUESTION || b == EndMark.QUESTION || a == EndMark.EXCLAMATION || b == EndMark.EXCLAMATION) {
            return true;
        }
        if (a == EndMark.STOP && b == EndMark.NONE) {
            return !isWholeParagraph(right);
        }
        if (a == EndMark.NONE && b == EndMark.STOP) {
            return !isWholeParagraph(left);
        }
        return false;
    }

    private static boolean isWholeParagraph(RowSentence s) {
        return s.passage().sentences().size() == 1;
    }

    private static Mark endMark(RowSentence s) {
        Span span = s.span();
        int end = span.end();
        return new Mark(s.passage().paragraph(), new Span(Math.max(span.start(), end - 1), end));
    }
}
