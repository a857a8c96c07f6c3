package org.espejo.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.espejo.text.Lang;

/**
 * Numbers, dates, times, percentages and ordinals that one side has and the other lacks or
 * writes differently. Values are compared, not strings: {@code 1.500,5} matches
 * {@code 1,500.5}, {@code 13 por ciento} matches {@code 13 percent}, {@code 10 de noviembre}
 * matches {@code November 10}, {@code 3º} matches {@code 3rd}, and a number written as a word
 * ({@code diez}, {@code ten}, {@code XX}) counts as a counterpart. A number the English side
 * writes in the Spanish convention ({@code 1.500} for 1,500) is reported as a format problem
 * (a decimal comma, {@code 1,5}, is left to the typography check).
 */
final class NumbersCheck implements Check {

    @Override
    public CheckType type() {
        return CheckType.NUMBERS;
    }

    @Override
    public List<Finding> run(AlignedStory story, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (StoryRow row : story.rows()) {
            if (!row.isGap() && hasDigit(row)) {
                check(row, story, mentions(row, Side.LEFT, story), mentions(row, Side.RIGHT, story), findings);
            }
        }
        return findings;
    }

    /**
     * Whether either side of the row has a digit. Only digits, and months next to digits, are
     * ever reported; numbers in words only answer them. A row without digits has nothing to
     * report, and finding its number words is most of the check's work.
     */
    private static boolean hasDigit(StoryRow row) {
        for (Side side : Side.values()) {
            for (Passage p : row.side(side)) {
                String text = p.text();
                for (int i = 0; i < text.length(); i++) {
                    if (Character.isDigit(text.charAt(i))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<NumberMention> mentions(StoryRow row, Side side, AlignedStory story) {
        List<NumberMention> all = new ArrayList<>();
        for (Passage p : row.side(side)) {
            all.addAll(NumberFinder.find(p, story.lang(side)));
        }
        return all;
    }

    private void check(StoryRow row, AlignedStory story, List<NumberMention> left, List<NumberMention> right, List<Finding> out) {
        List<NumberMention> leftMissing = unmatched(row, Side.LEFT, story, left, right, out);
        List<NumberMention> rightMissing = unmatched(row, Side.RIGHT, story, right, left, out);
        List<NumberMention> rightOpen = new ArrayList<>(rightMissing);
        for (NumberMention l : leftMissing) {
            Optional<NumberMention> partner = partner(row, l, rightOpen);
            if (partner.isPresent()) {
                rightOpen.remove(partner.get());
                out.add(different(row, l, partner.get()));
            } else {
                out.add(missing(row, Side.LEFT, l));
            }
        }
        for (NumberMention r : rightOpen) {
            out.add(missing(row, Side.RIGHT, r));
        }
    }

    /** The flaggable mentions of {@code side} with no counterpart; format slips go to {@code out}. */
    private List<NumberMention> unmatched(StoryRow row, Side side, AlignedStory story, List<NumberMention> mine,
                                          List<NumberMention> theirs, List<Finding> out) {
        List<NumberMention> missing = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NumberMention m : mine) {
            if (!m.flaggable() || !seen.add(m.surface())
                    || theirs.stream().anyMatch(t -> !Collections.disjoint(m.strict(), t.strict()))) {
                continue;
            }
            Optional<NumberMention> readOtherwise = theirs.stream()
                    .filter(t -> !Collections.disjoint(m.loose(), t.strict())).findFirst();
            if (readOtherwise.isPresent() && story.lang(side) == Lang.ENGLISH) {
                if (!isDecimalComma(m.surface())) {
                    out.add(format(row, side, m, readOtherwise.get()));
                }
            } else if (readOtherwise.isEmpty()
                    && theirs.stream().allMatch(t -> Collections.disjoint(t.loose(), m.strict()))) {
                missing.add(m);
            }
        }
        return missing;
    }

    /** {@code 1,5} in English text: reported by the typography check, not twice. */
    private static boolean isDecimalComma(String surface) {
        return surface.matches("\\d{1,3},\\d{1,2}");
    }

    /**
     * The unmatched mention on the right of the same kind that {@code left} most likely stands
     * for: the first in the same sentence link, else the first in the row.
     */
    private static Optional<NumberMention> partner(StoryRow row, NumberMention left, List<NumberMention> right) {
        Optional<SentenceLink> link = Rows.linkOf(row, Side.LEFT, left.mark());
        List<NumberMention> sameKind = right.stream().filter(r -> r.isMonth() == left.isMonth()).toList();
        return sameKind.stream().filter(r -> link.isEmpty() || link.equals(Rows.linkOf(row, Side.RIGHT, r.mark())))
                .findFirst().or(() -> sameKind.stream().findFirst());
    }

    private Finding different(StoryRow row, NumberMention left, NumberMention right) {
        return Finding.in(type(), Severity.ERROR, row.index())
                .mark(Side.LEFT, left.mark()).mark(Side.RIGHT, right.mark())
                .message("different", left.surface(), right.surface())
                .identifiedBy(left.surface(), right.surface(), Rows.contextOf(row, Side.LEFT, left.mark()),
                        Rows.contextOf(row, Side.RIGHT, right.mark()));
    }

    private Finding missing(StoryRow row, Side side, NumberMention m) {
        return Finding.in(type(), Severity.WARNING, row.index())
                .mark(side, m.mark()).marks(side.other(), Rows.counterpartMarks(row, side, m.mark()))
                .message("missing", m.surface())
                .identifiedBy(side.name(), m.surface(), Rows.contextOf(row, side, m.mark()));
    }

    /** {@code slip} is written in the other language's convention; {@code meant} is what it stands for. */
    private Finding format(StoryRow row, Side side, NumberMention slip, NumberMention meant) {
        return Finding.in(type(), Severity.WARNING, row.index())
                .mark(side, slip.mark()).mark(side.other(), meant.mark())
                .message("format", slip.surface(), meant.surface())
                .identifiedBy(slip.surface(), meant.surface(), Rows.contextOf(row, side, slip.mark()));
    }
}
