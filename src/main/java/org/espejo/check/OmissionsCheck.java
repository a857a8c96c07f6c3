package org.espejo.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Passages without counterpart: a row with one side empty; a row whose length ratio is far
 * outside what this story's own rows show (something dropped or added inside it); and a
 * sentence that the sentence alignment leaves without partner, when the row's lengths confirm
 * that its side really carries that much more text (a lone sentence in a row of usual length is
 * far more often a sentence the other side merged into a neighbour).
 */
final class OmissionsCheck implements Check {

    private static final double MIN_FACTOR = 1.6;
    private static final int MIN_ROW_CHARS = 60;
    private static final int MIN_SENTENCE_LETTERS = 20;
    /** A lone sentence is reported only if its row is this many spreads longer on its side. */
    private static final double MIN_SENTENCE_DEVIATION = 1.5;

    @Override
    public CheckType type() {
        return CheckType.OMISSIONS;
    }

    @Override
    public List<Finding> run(AlignedStory story, CheckContext context) {
        LengthModel lengths = LengthModel.of(story);
        List<Finding> findings = new ArrayList<>();
        for (StoryRow row : story.rows()) {
            if (row.isGap()) {
                findings.add(gap(row));
                continue;
            }
            boolean lengthReported = checkLength(row, lengths, context.settings(), findings);
            if (!lengthReported) {
                checkSentences(row, lengths, findings);
            }
        }
        return findings;
    }

    private Finding gap(StoryRow row) {
        Side present = row.left().isEmpty() ? Side.RIGHT : Side.LEFT;
        List<Mark> marks = row.side(present).stream().map(Rows::whole).toList();
        return Finding.in(type(), Severity.ERROR, row.index())
                .marks(present, marks)
                .message(present == Side.LEFT ? "only-left" : "only-right", Rows.excerpt(row.text(present), 60))
                .identifiedBy(present.name(), row.text(present));
    }

    private boolean checkLength(StoryRow row, LengthModel lengths, CheckSettings settings, List<Finding> out) {
        int l = LengthModel.length(row, Side.LEFT);
        int r = LengthModel.length(row, Side.RIGHT);
        if (Math.max(l, r) < MIN_ROW_CHARS || isHeadline(row, Side.LEFT) || isHeadline(row, Side.RIGHT)) {
            return false;
        }
        double z = lengths.deviation(l, r);
        double factor = lengths.factor(l, r);
        if (Math.abs(z) < settings.lengthOutlier() || Math.max(factor, 1 / factor) < MIN_FACTOR) {
            return false;
        }
        Side shorter = factor < 1 ? Side.RIGHT : Side.LEFT;
        int percent = (int) Math.round(100 * (factor < 1 ? factor : 1 / factor));
        out.add(Finding.in(type(), Severity.WARNING, row.index())
                .marks(Side.LEFT, row.left().stream().map(Rows::whole).toList())
                .marks(Side.RIGHT, row.right().stream().map(Rows::whole).toList())
                .message(shorter == Side.RIGHT ? "short-right" : "short-left", percent)
                .identifiedBy(row.text(Side.LEFT), row.text(Side.RIGHT)));
        return true;
    }

    /** A heading or a single short sentence without a full stop: headlines compress freely. */
    private static boolean isHeadline(StoryRow row, Side side) {
        List<Passage> passages = row.side(side);
        if (passages.size() != 1) {
            return false;
        }
        Passage p = passages.get(0);
        return p.kind() == org.espejo.text.ParagraphKind.HEADING
                || (p.sentences().size() <= 1 && p.text().length() < 120 && EndMark.of(p.text()) != EndMark.STOP);
    }

    private void checkSentences(StoryRow row, LengthModel lengths, List<Finding> out) {
        int l = LengthModel.length(row, Side.LEFT);
        int r = LengthModel.length(row, Side.RIGHT);
        for (SentenceLink link : row.links()) {
            if (!link.isGap()) {
                continue;
            }
            Side side = link.left().isEmpty() ? Side.RIGHT : Side.LEFT;
            List<RowSentence> alone = Rows.sentencesOf(row, side, link);
            int chars = alone.stream().mapToInt(s -> s.text().length()).sum();
            double excess = side == Side.LEFT ? l - lengths.expectedLeft(r) : r - lengths.expectedRight(l);
            double z = lengths.deviation(l, r);
            boolean rowConfirms = side == Side.LEFT ? z <= -MIN_SENTENCE_DEVIATION : z >= MIN_SENTENCE_DEVIATION;
            if (letters(alone) >= MIN_SENTENCE_LETTERS && excess >= 0.5 * chars && rowConfirms) {
                String text = String.join(" ", alone.stream().map(RowSentence::text).toList());
                out.add(Finding.in(type(), Severity.WARNING, row.index())
                        .marks(side, alone.stream().map(RowSentence::mark).toList())
                        .message(side == Side.LEFT ? "sentence-only-left" : "sentence-only-right",
                                Rows.excerpt(text, 60))
                        .identifiedBy(side.name(), text));
            }
        }
    }

    private static int letters(List<RowSentence> sentences) {
        int n = 0;
        for (RowSentence s : sentences) {
            n += (int) s.text().chars().filter(Character::isLetter).count();
        }
        return n;
    }
}
