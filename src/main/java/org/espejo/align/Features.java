package org.espejo.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the scorer needs about the units of a bitext, computed once: character
 * lengths, and each unit's cues as sorted ids of the cues that occur on both sides, weighted
 * by rarity ({@code log(1 + units / document frequency)}). Cues found on one side only can
 * never match and are dropped. Immutable after construction.
 */
final class Features {

    final int sourceSize;
    final int targetSize;
    final List<String> sourceTexts;
    final List<String> targetTexts;
    final int[][] sourceCues;
    final int[][] targetCues;
    /** Where each cue of {@link #sourceCues} is first written in its unit: {@code start << 11 | length}. */
    final int[][] sourceWhere;
    final int[][] targetWhere;
    final float[] weight;
    final String[] key;
    final Map<String, Integer> idOfKey;
    /** Prefix sums: characters of units {@code [0, i)}. */
    final long[] sourceChars;
    final long[] targetChars;
    /** Prefix sums: cue weight of units {@code [0, i)}. */
    final double[] sourceWeight;
    final double[] targetWeight;
    /** Characters of a 1:1 prior mixed into the length ratio, so that tiny texts get a sane ratio. */
    static final double PRIOR_CHARS = 1000;

    /** Target characters per source character, by default over the whole bitext. */
    double charRatio;
    private final RunCues unions;
    private final int[][] targetPostings;
    /**
     * Prefix sums of the weight a unit's cues would match by chance in one unit of the other
     * side: each cue's weight times the share of the other side's units that contain it.
     */
    final double[] sourceChance;
    final double[] targetChance;
    /** Prefix sums of the weight of numbers found in one text only (they can never match). */
    private double[] sourceOrphan;
    private double[] targetOrphan;

    private Features(List<String> source, List<String> target, int[][] sourceCues, int[][] targetCues,
                     int[][] sourceWhere, int[][] targetWhere, float[] weight, String[] key, float[] sourceShare,
                     float[] targetShare) {
        this.sourceWhere = sourceWhere;
        this.targetWhere = targetWhere;
        this.sourceSize = source.size();
        this.targetSize = target.size();
        this.sourceTexts = source;
        this.targetTexts = target;
        this.sourceCues = sourceCues;
        this.targetCues = targetCues;
        this.weight = weight;
        this.key = key;
        this.idOfKey = new HashMap<>(key.length * 2);
        for (int i = 0; i < key.length; i++) {
            idOfKey.put(key[i], i);
        }
        this.sourceChars = charPrefix(source);
        this.targetChars = charPrefix(target);
        this.sourceWeight = weightPrefix(sourceCues, weight);
        this.targetWeight = weightPrefix(targetCues, weight);
        this.sourceChance = chancePrefix(sourceCues, weight, targetShare);
        this.targetChance = chancePrefix(targetCues, weight, sourceShare);
        long s = sourceChars[sourceSize];
        long t = targetChars[targetSize];
        this.charRatio = (t + PRIOR_CHARS) / (s + PRIOR_CHARS);
        this.unions = new RunCues(sourceCues);
        this.targetPostings = postings(targetCues, weight.length);
    }

    /**
     * Extracts and weighs the cues of both sides.
     *
     * @param reading how the two sides read the extractor's bilingual word list
     */
    static Features of(List<String> source, List<String> target, CueExtractor extractor, WordListReading reading) {
        Map<String, Integer> vocabulary = new HashMap<>();
        List<String> keys = new ArrayList<>();
        long[][][] raw = CueCollector.collect(source, target, extractor, reading, vocabulary, keys);
        long[][] rawSource = raw[0];
        long[][] rawTarget = raw[1];
        int[] sourceFrequency = frequencies(rawSource, keys.size());
        int[] targetFrequency = frequencies(rawTarget, keys.size());
        int[] dense = new int[keys.size()];
        List<String> kept = new ArrayList<>();
        List<Float> weights = new ArrayList<>();
        List<Float> sourceShares = new ArrayList<>();
        List<Float> targetShares = new ArrayList<>();
        double units = Math.max(1.0, (source.size() + target.size()) / 2.0);
        float[] orphan = new float[keys.size()];
        for (int id = 0; id < keys.size(); id++) {
            if (sourceFrequency[id] > 0 && targetFrequency[id] > 0) {
                dense[id] = kept.size();
                kept.add(keys.get(id));
                int df = Math.max(sourceFrequency[id], targetFrequency[id]);
                weights.add((float) Math.log(1 + units / df));
                sourceShares.add((float) sourceFrequency[id] / source.size());
                targetShares.add((float) targetFrequency[id] / target.size());
            } else {
                dense[id] = -1;
                String key = keys.get(id);
                if (key.charAt(0) == CueKind.NUMBER.tag() && key.length() > 1 && Character.isDigit(key.charAt(1))) {
                    orphan[id] = (float) Math.log(1 + units / Math.max(sourceFrequency[id], targetFrequency[id]));
                }
            }
        }
        int[][] sourceWhere = new int[source.size()][];
        int[][] targetWhere = new int[target.size()][];
        int[][] sourceCues = remap(rawSource, dense, sourceWhere);
        int[][] targetCues = remap(rawTarget, dense, targetWhere);
        Features features = new Features(List.copyOf(source), List.copyOf(target), sourceCues, targetCues, sourceWhere,
                targetWhere, floats(weights), kept.toArray(String[]::new), floats(sourceShares), floats(targetShares));
        features.sourceOrphan = orphanPrefix(rawSource, orphan);
        features.targetOrphan = orphanPrefix(rawTarget, orphan);
        return features;
    }

    private static double[] orphanPrefix(long[][] raw, float[] orphan) {
        double[] prefix = new double[raw.length + 1];
        for (int i = 0; i < raw.length; i++) {
            double sum = 0;
            for (long packed : raw[i]) {
                sum += orphan[(int) (packed >>> 32)];
            }
            prefix[i + 1] = prefix[i] + sum;
        }
        return prefix;
    }

    /** Weight of the numbers of units {@code [s, sEnd)} and {@code [t, tEnd)} that the other text lacks. */
    double orphans(int s, int sEnd, int t, int tEnd) {
        return sourceOrphan[sEnd] - sourceOrphan[s] + targetOrphan[tEnd] - targetOrphan[t];
    }

    /** Total weight of the cues shared by source unit {@code s} and target unit {@code t}. */
    float shared(int s, int t) {
        return dot(sourceCues[s], targetCues[t]);
    }

    /**
     * The matched cue weight of a bead: every cue counts as often as it occurs on the side
     * where it is rarer ({@code min} of its unit counts on the two sides). A 2-2 bead is read
     * as a staircase, where one unit of each side spans the other side's two: of its two
     * crossing pairs (first source with second target, second source with first target) the
     * weaker is taken to match by chance, and its shared weight is left out. Two true 1-1
     * beads share cues across only by chance, so this keeps them from merging into a 2-2.
     */
    double matched(Range source, Range target) {
        if (source.isEmpty() || target.isEmpty()) {
            return 0;
        }
        Map<Integer, int[]> counts = new HashMap<>();
        for (int s = source.start(); s < source.end(); s++) {
            for (int id : sourceCues[s]) {
                counts.computeIfAbsent(id, k -> new int[2])[0]++;
            }
        }
        for (int t = target.start(); t < target.end(); t++) {
            for (int id : targetCues[t]) {
                int[] c = counts.get(id);
                if (c != null) {
                    c[1]++;
                }
            }
        }
        double sum = 0;
        for (Map.Entry<Integer, int[]> e : counts.entrySet()) {
            sum += weight[e.getKey()] * Math.min(e.getValue()[0], e.getValue()[1]);
        }
        if (source.size() == 2 && target.size() == 2) {
            sum -= Math.min(shared(source.start(), target.start() + 1), shared(source.start() + 1, target.start()));
        }
        return sum;
    }

    /**
     * Replaces the length ratio, when a better estimate is known (the sentence level takes it
     * from the paragraph beads, leaving out unmatched paragraphs). Call before scoring.
     */
    void useCharRatio(double ratio) {
        if (ratio > 0 && Double.isFinite(ratio)) {
            charRatio = ratio;
        }
    }

    /** Weighted size of the intersection of two sorted id arrays. */
    float dot(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        if (a.length * 8 < b.length) {
            return gallop(a, b);
        }
        if (b.length * 8 < a.length) {
            return gallop(b, a);
        }
        int i = 0;
        int j = 0;
        float sum = 0;
        while (i < a.length && j < b.length) {
            int x = a[i];
            int y = b[j];
            if (x == y) {
                sum += weight[x];
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    private float gallop(int[] small, int[] large) {
        float sum = 0;
        int from = 0;
        for (int x : small) {
            int k = Arrays.binarySearch(large, from, large.length, x);
            if (k >= 0) {
                sum += weight[x];
                from = k + 1;
            } else {
                from = -k - 1;
            }
            if (from >= large.length) {
                break;
            }
        }
        return sum;
    }

    double sourceWeight(int from, int to) {
        return sourceWeight[to] - sourceWeight[from];
    }

    double targetWeight(int from, int to) {
        return targetWeight[to] - targetWeight[from];
    }

    long sourceChars(int from, int to) {
        return sourceChars[to] - sourceChars[from];
    }

    long targetChars(int from, int to) {
        return targetChars[to] - targetChars[from];
    }

    private static int[] frequencies(long[][] ids, int size) {
        int[] frequency = new int[size];
        for (long[] unit : ids) {
            for (long packed : unit) {
                frequency[(int) (packed >>> 32)]++;
            }
        }
        return frequency;
    }

    /** Keeps the cues that occur on both sides, renumbered densely (order is kept); fills {@code where}. */
    private static int[][] remap(long[][] ids, int[] dense, int[][] where) {
        int[][] out = new int[ids.length][];
        for (int u = 0; u < ids.length; u++) {
            int n = 0;
            for (long packed : ids[u]) {
                if (dense[(int) (packed >>> 32)] >= 0) {
                    n++;
                }
            }
            int[] cues = new int[n];
            int[] at = new int[n];
            int k = 0;
            for (long packed : ids[u]) {
                int id = dense[(int) (packed >>> 32)];
                if (id >= 0) {
                    cues[k] = id;
                    at[k++] = (int) packed;
                }
            }
            out[u] = cues;
            where[u] = at;
        }
        return out;
    }

    private static float[] floats(List<Float> values) {
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    private static double[] chancePrefix(int[][] cues, float[] weight, float[] otherShare) {
        double[] prefix = new double[cues.length + 1];
        for (int i = 0; i < cues.length; i++) {
            double sum = 0;
            for (int id : cues[i]) {
                sum += weight[id] * otherShare[id];
            }
            prefix[i + 1] = prefix[i] + sum;
        }
        return prefix;
    }

    /** The cue weight a bead's units would match by chance, were they unrelated. */
    double chance(int s, int sEnd, int t, int tEnd) {
        return ((tEnd - t) * (sourceChance[sEnd] - sourceChance[s]) + (sEnd - s) * (targetChance[tEnd] - targetChance[t])) / 2;
    }

    private static long[] charPrefix(List<String> texts) {
        long[] prefix = new long[texts.size() + 1];
        for (int i = 0; i < texts.size(); i++) {
            prefix[i + 1] = prefix[i] + texts.get(i).length();
        }
        return prefix;
    }

    private static double[] weightPrefix(int[][] cues, float[] weight) {
        double[] prefix = new double[cues.length + 1];
        for (int i = 0; i < cues.length; i++) {
            double sum = 0;
            for (int id : cues[i]) {
                sum += weight[id];
            }
            prefix[i + 1] = prefix[i] + sum;
        }
        return prefix;
    }

    /** The target units that contain a cue, in order. */
    int[] targetPostings(int cue) {
        return targetPostings[cue];
    }

    RunCues runs() {
        return unions;
    }

    private static int[][] postings(int[][] cues, int size) {
        int[] count = new int[size];
        for (int[] unit : cues) {
            for (int id : unit) {
                count[id]++;
            }
        }
        int[][] postings = new int[size][];
        for (int id = 0; id < size; id++) {
            postings[id] = new int[count[id]];
        }
        int[] filled = new int[size];
        for (int u = 0; u < cues.length; u++) {
            for (int id : cues[u]) {
                postings[id][filled[id]++] = u;
            }
        }
        return postings;
    }

}
