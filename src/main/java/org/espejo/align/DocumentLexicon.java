package org.espejo.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.espejo.text.Folding;

/**
 * Learns word pairs from the document itself, as hunalign's second pass does: the confident
 * beads of a first alignment are read as parallel pairs, and stems that keep turning up in
 * the same beads (Dice coefficient, then competitive linking so each stem keeps one partner)
 * become extra cues for a second alignment. Stems that are already equal on both sides
 * (cognates, names) are left to the other cues.
 */
final class DocumentLexicon {

    private static final double MIN_CONFIDENCE = 0.8;
    private static final int MIN_JOINT = 2;
    private static final double MIN_DICE = 0.5;
    private static final int MIN_STEM = 3;
    private static final double MAX_SHARE = 0.2;

    private DocumentLexicon() {
    }

    /** Whether two stems, a source one and a target one, already give a shared cue. */
    @FunctionalInterface
    interface Known {
        boolean pairs(String sourceStem, String targetStem);
    }

    /**
     * The word pairs the confident 1-1, 1-2 and 2-1 steps of {@code path} support. Pairs that
     * {@code known} already gives (the shipped word list, cognates) take part in the competitive
     * linking, so their stems keep that partner, but are not learned again: one pair of words
     * counted twice made two neighbouring verses that shared it across merge into a 2-2 bead.
     */
    static Lexicon learn(Features features, List<Step> path, Known known) {
        Map<String, Integer> sourceCount = new HashMap<>();
        Map<String, Integer> targetCount = new HashMap<>();
        Map<String, Integer> joint = new HashMap<>();
        int pairs = 0;
        for (Step step : path) {
            if (step.fixed() || step.source().isEmpty() || step.target().isEmpty() || step.confidence() < MIN_CONFIDENCE
                    || step.source().size() + step.target().size() > 3) {
                continue;
            }
            Set<String> s = stems(features.sourceTexts, step.source());
            Set<String> t = stems(features.targetTexts, step.target());
            pairs++;
            s.forEach(w -> sourceCount.merge(w, 1, Integer::sum));
            t.forEach(w -> targetCount.merge(w, 1, Integer::sum));
            for (String a : s) {
                if (t.contains(a)) {
                    continue;
                }
                for (String b : t) {
                    joint.merge(a + '\t' + b, 1, Integer::sum);
                }
            }
        }
        return Lexicon.of(link(sourceCount, targetCount, joint, pairs, known), "ld");
    }

    private static List<String[]> link(Map<String, Integer> sourceCount, Map<String, Integer> targetCount,
                                       Map<String, Integer> joint, int pairs, Known known) {
        List<Object[]> candidates = new ArrayList<>();
        for (Map.Entry<String, Integer> e : joint.entrySet()) {
            if (e.getValue() < MIN_JOINT) {
                continue;
            }
            String[] pair = e.getKey().split("\t");
            int cs = sourceCount.get(pair[0]);
            int ct = targetCount.get(pair[1]);
            if (cs > MAX_SHARE * pairs || ct > MAX_SHARE * pairs) {
                continue;
            }
            double dice = 2.0 * e.getValue() / (cs + ct);
            if (dice >= MIN_DICE) {
                candidates.add(new Object[] {pair[0], pair[1], dice});
            }
        }
        candidates.sort((a, b) -> Double.compare((double) b[2], (double) a[2]));
        Set<String> takenSource = new HashSet<>();
        Set<String> takenTarget = new HashSet<>();
        List<String[]> linked = new ArrayList<>();
        for (Object[] c : candidates) {
            String s = (String) c[0];
            String t = (String) c[1];
            if (!takenSource.contains(s) && !takenTarget.contains(t)) {
                takenSource.add(s);
                takenTarget.add(t);
                if (!known.pairs(s, t)) {
                    linked.add(new String[] {s, t});
                }
            }
        }
        return linked;
    }

    private static Set<String> stems(List<String> texts, Range units) {
        Set<String> stems = new LinkedHashSet<>();
        for (int u = units.start(); u < units.end(); u++) {
            addStems(texts.get(u), stems);
        }
        return stems;
    }

    /** Adds the stems of {@code text}'s letter runs (folded, at least {@value #MIN_STEM} letters) to {@code stems}. */
    static void addStems(String text, Set<String> stems) {
        int i = 0;
        while (i < text.length()) {
            if (Character.isLetter(text.charAt(i))) {
                int end = i;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                String stem = Lexicon.stem(Folding.fold(text, i, end));
                if (stem.length() >= MIN_STEM) {
                    stems.add(stem);
                }
                i = end;
            } else {
                i++;
            }
        }
    }
}
