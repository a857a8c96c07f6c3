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
 * of its own (most likely its translation), or an institution's words or an acronym of its own
 * ({@link CapitalisedRenderings}). Nor are names the other side renders without writing them: by
 * a pronoun or a Spanish verb without subject ({@link ImplicitRenderings}), a portfolio with its
 * minister's title, a name and number by a local code ("B30"). And a name is reported only when the other side
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
                        if (names.isKeptElsewhere(m, side, row) && !renderedWithoutName(story, names, row, side, m)) {
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

    /**
     * Whether the name's surroundings and its counterpart show it rendered without being
     * written: a portfolio translated with its minister's title, a local code of initials and
     * digits ("B30" for "Bilbao 30"), a pronoun or a Spanish verb without subject
     * ({@link ImplicitRenderings}).
     */
    private static boolean renderedWithoutName(AlignedStory story, StoryNames names, StoryRow row, Side side,
                                               NameMention m) {
        Passage passage = row.side(side).stream().filter(p -> p.paragraph() == m.paragraph()).findFirst().orElseThrow();
        NameSurroundings around = NameSurroundings.of(passage, names.wordsOf(side, passage), m);
        String here = linkedText(row, side, m.mark(), side);
        String counterpart = linkedText(row, side, m.mark(), side.other());
        return around.isPortfolio() || around.isCodedIn(m, counterpart) || CapitalisedRenderings.renders(names, row, side, m)
                || ImplicitRenderings.renders(m, around, story.lang(side), here, story.lang(side.other()), counterpart);
    }

    /**
     * The text on {@code of} of the sentence link that holds {@code mark} (on {@code side}), or
     * the whole side of the row when the row has no sentence links.
     */
    private static String linkedText(StoryRow row, Side side, Mark mark, Side of) {
        return Rows.linkOf(row, side, mark)
                .map(link -> String.join(" ", Rows.sentencesOf(row, of, link).stream().map(RowSentence::text).toList()))
                .orElseGet(() -> row.text(of));
    }

    private Finding missing(StoryRow row, Side side, NameMention m) {
        return Finding.in(type(), Severity.WARNING, row.index())
                .mark(side, m.mark()).marks(side.other(), Rows.counterpartMarks(row, side, m.mark()))
                .message("missing", m.surface())
                .identifiedBy(side.name(), m.surface(), Rows.contextOf(row, side, m.mark()));
    }
}
