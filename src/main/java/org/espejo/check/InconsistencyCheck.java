package org.espejo.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Repeats translated inconsistently: the same sentence (ignoring case, accents, punctuation
 * and spacing) translated in two different ways, and two different sentences given the same
 * translation. Pairs come from 1-1 sentence links, or from 1-1 rows of single sentences when
 * the story has no sentence links. Sentences shorter than the configured number of words are
 * left alone: "Yes." may well be "Sí." once and "Claro." the next time.
 */
final class InconsistencyCheck implements Check {

    /** One translated sentence. */
    private record Pair(int row, Mark left, Mark right, String leftText, String rightText) {

        String key(Side side) {
            return Fingerprint.normalise(side == Side.LEFT ? leftText : rightText);
        }
    }

    @Override
    public CheckType type() {
        return CheckType.INCONSISTENCY;
    }

    @Override
    public List<Finding> run(AlignedStory story, CheckContext context) {
        List<Pair> pairs = pairs(story);
        int minWords = context.settings().minRepeatWords();
        List<Finding> findings = new ArrayList<>();
        findings.addAll(differing(pairs, Side.LEFT, minWords));
        findings.addAll(differing(pairs, Side.RIGHT, minWords));
        return findings;
    }

    /** Groups the pairs by the text of {@code same}; reports groups whose other side varies. */
    private List<Finding> differing(List<Pair> pairs, Side same, int minWords) {
        Map<String, List<Pair>> groups = new LinkedHashMap<>();
        for (Pair p : pairs) {
            String key = p.key(same);
            if (key.split(" ").length >= minWords && p.key(same.other()).split(" ").length >= minWords) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        List<Finding> findings = new ArrayList<>();
        groups.forEach((key, group) -> {
            TreeSet<String> variants = new TreeSet<>();
            group.forEach(p -> variants.add(p.key(same.other())));
            if (variants.size() >= 2) {
                findings.add(finding(same, key, group, variants));
            }
        });
        return findings;
    }

    private Finding finding(Side same, String key, List<Pair> group, TreeSet<String> variants) {
        Pair first = group.get(0);
        Finding.Builder b = Finding.in(type(), Severity.WARNING, first.row());
        for (Pair p : group) {
            b.mark(Side.LEFT, p.left()).mark(Side.RIGHT, p.right()).alsoIn(p.row());
        }
        String shown = same == Side.LEFT ? first.leftText() : first.rightText();
        List<String> content = new ArrayList<>();
        content.add(key);
        content.addAll(variants);
        return b.message(same == Side.LEFT ? "left-repeated" : "right-repeated", Rows.excerpt(shown, 60),
                        variants.size())
                .identifiedBy(content.toArray(String[]::new));
    }

    private static List<Pair> pairs(AlignedStory story) {
        List<Pair> pairs = new ArrayList<>();
        for (StoryRow row : story.rows()) {
            if (row.isGap()) {
                continue;
            }
            List<RowSentence> left = row.sentences(Side.LEFT);
            List<RowSentence> right = row.sentences(Side.RIGHT);
            if (row.links().isEmpty()) {
                if (left.size() == 1 && right.size() == 1) {
                    pairs.add(pair(row, left.get(0), right.get(0)));
                }
                continue;
            }
            for (SentenceLink link : row.links()) {
                if (link.isOneToOne()) {
                    pairs.add(pair(row, left.get(link.left().start()), right.get(link.right().start())));
                }
            }
        }
        return pairs;
    }

    private static Pair pair(StoryRow row, RowSentence l, RowSentence r) {
        return new Pair(row.index(), l.mark(), r.mark(), l.text(), r.text());
    }
}
