package org.espejo.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proper names (people, places, organisations) on one side of a row that the other side does
 * not have, in any spelling: accents are folded ({@code Michoacán} = {@code Michoacan}),
 * cognates match ({@code Moscú} = {@code Moscow}), known variants match ({@code EE. UU.} =
 * {@code U.S.}), and so do pairings the story itself shows (see {@link StoryNames}). A
 * multi-word name counts as present when any of its words is. Names that translations
 * routinely render otherwise are not reported: acronyms, English nationality adjectives,
 * names made of common words, and a name whose counterpart sentence holds an unmatched name
 * of its own (most likely its translation). And a name is reported only when the other side
 * writes it in some other row: a translation that keeps a name as it is elsewhere and lacks
 * it here has most likely dropped it, while a name the other side never writes is, on real
 * translations, far more often translated (Tesoro, Treasury) than dropped; measured on the
 * development corpora, reporting those too made the check mostly noise.
 */
final class NamesCheck implements Check {

    @Override
    public CheckType type() {
        return CheckType.NAMES;
    }

    @Override
    public List<Finding> run(AlignedStory story, CheckContext context) {
        StoryNames names = context.names();
        List<Finding> findings = new ArrayList<>();
        for (StoryRow row : story.rows()) {
            if (row.isGap()) {
                continue;
            }
            Map<Side, List<NameMention>> unmatched = new EnumMap<>(Side.class);
            for (Side side : Side.values()) {
                unmatched.put(side, names.mentions(row, side).stream()
                        .filter(m -> !names.isPresentOpposite(m, side, row)).toList());
            }
            for (Side side : Side.values()) {
                Set<String> reported = new HashSet<>();
                for (NameMention m : unmatched.get(side)) {
                    if (!m.isWeak(story.lang(side), story.lang(side.other()))
                            && !renderedOtherwise(row, side, m, unmatched.get(side.other())) && reported.add(m.key())) {
                        if (names.isKeptElsewhere(m, side, row)) {
                            findings.add(missing(row, side, m));
                        }
                    }
                }
            }
        }
        return findings;
    }

    /**
     * Whether the other side has an unmatched name of its own where this one stands (in the
     * linked sentences, or anywhere in the row without links): then the name was most likely
     * rendered another way ("Burdeos" for "Bordeaux", "PYME" for "SMEs"), not dropped.
     */
    private static boolean renderedOtherwise(StoryRow row, Side side, NameMention m, List<NameMention> otherUnmatched) {
        List<Mark> counterpart = Rows.counterpartMarks(row, side, m.mark());
        if (counterpart.isEmpty()) {
            return !otherUnmatched.isEmpty();
        }
        for (NameMention o : otherUnmatched) {
            for (Mark c : counterpart) {
                if (c.paragraph() == o.paragraph() && o.span().start() >= c.span().start()
                        && o.span().start() < c.span().end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private Finding missing(StoryRow row, Side side, NameMention m) {
        return Finding.in(type(), Severity.WARNING, row.index())
                .mark(side, m.mark()).marks(side.other(), Rows.counterpartMarks(row, side, m.mark()))
                .message("missing", m.surface())
                .identifiedBy(side.name(), m.surface(), Rows.contextOf(row, side, m.mark()));
    }
}
