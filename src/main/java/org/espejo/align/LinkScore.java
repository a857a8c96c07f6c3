package org.espejo.align;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict and lax link precision and recall, as defined by Vecalign's {@code score.py}
 * (Thompson and Koehn 2019, after Véronis and Langlais). A test link is a strict hit when
 * the gold contains exactly the same link, and a lax hit when it shares a source unit with a
 * gold link that also shares a target unit with it. Precision is over all test links,
 * 1-0 and 0-1 included; recall swaps gold and test and leaves out every 1-0 and 0-1 link on
 * both sides. Counts add up over documents, so totals are micro-averaged.
 *
 * @param precisionStrictHits   test links found in the gold
 * @param precisionStrictMisses test links not in the gold
 * @param precisionLaxHits      test links overlapping a gold link on both sides
 * @param precisionLaxMisses    test links without such overlap
 * @param recallStrictHits      gold n-m links (n, m ≥ 1) found in the test
 * @param recallStrictMisses    gold n-m links not found
 * @param recallLaxHits         gold n-m links overlapping a test n-m link on both sides
 * @param recallLaxMisses       gold n-m links without such overlap
 */
public record LinkScore(long precisionStrictHits, long precisionStrictMisses, long precisionLaxHits,
                        long precisionLaxMisses, long recallStrictHits, long recallStrictMisses,
                        long recallLaxHits, long recallLaxMisses) {

    /** No links at all. */
    public static final LinkScore ZERO = new LinkScore(0, 0, 0, 0, 0, 0, 0, 0);

    /** Scores a test alignment against the gold. */
    public static LinkScore of(List<Link> gold, List<Link> test) {
        long[] p = precisionCounts(gold, test);
        long[] r = precisionCounts(test.stream().filter(l -> !l.isGap()).toList(),
                gold.stream().filter(l -> !l.isGap()).toList());
        return new LinkScore(p[0], p[1], p[2], p[3], r[0], r[1], r[2], r[3]);
    }

    /** {strict hits, strict misses, lax hits, lax misses} of {@code test} against {@code gold}. */
    private static long[] precisionCounts(List<Link> gold, List<Link> test) {
        Set<Link> goldSet = new HashSet<>();
        Map<Integer, Set<Integer>> goldTargetsOfSource = new HashMap<>();
        for (Link link : gold) {
            if (link.isEmpty()) {
                continue;
            }
            goldSet.add(link);
            for (int s : link.source()) {
                goldTargetsOfSource.computeIfAbsent(s, k -> new HashSet<>()).addAll(link.target());
            }
        }
        long[] counts = new long[4];
        for (Link link : new LinkedHashSet<>(test)) {
            if (link.isEmpty()) {
                continue;
            }
            if (goldSet.contains(link)) {
                counts[0]++;
                counts[2]++;
            } else {
                counts[1]++;
                if (overlaps(link, goldTargetsOfSource)) {
                    counts[2]++;
                } else {
                    counts[3]++;
                }
            }
        }
        return counts;
    }

    private static boolean overlaps(Link link, Map<Integer, Set<Integer>> goldTargetsOfSource) {
        for (int s : link.source()) {
            Set<Integer> targets = goldTargetsOfSource.get(s);
            if (targets != null) {
                for (int t : link.target()) {
                    if (targets.contains(t)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The sum of two scores (for totals over documents). */
    public LinkScore plus(LinkScore o) {
        return new LinkScore(precisionStrictHits + o.precisionStrictHits, precisionStrictMisses + o.precisionStrictMisses,
                precisionLaxHits + o.precisionLaxHits, precisionLaxMisses + o.precisionLaxMisses,
                recallStrictHits + o.recallStrictHits, recallStrictMisses + o.recallStrictMisses,
                recallLaxHits + o.recallLaxHits, recallLaxMisses + o.recallLaxMisses);
    }

    public double precisionStrict() {
        return ratio(precisionStrictHits, precisionStrictMisses);
    }

    public double recallStrict() {
        return ratio(recallStrictHits, recallStrictMisses);
    }

    public double precisionLax() {
        return ratio(precisionLaxHits, precisionLaxMisses);
    }

    public double recallLax() {
        return ratio(recallLaxHits, recallLaxMisses);
    }

    public double f1Strict() {
        return f1(precisionStrict(), recallStrict());
    }

    public double f1Lax() {
        return f1(precisionLax(), recallLax());
    }

    private static double ratio(long hits, long misses) {
        return hits + misses == 0 ? 0 : (double) hits / (hits + misses);
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
