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
    final float[] weight;
    final String[] key;
    final Map<String, Integer> idOfKey;
    /** Prefix sums: characters of units {@code [0, i)}. */
    final long[] sourceChars;
    final long[] targetChars;
    /** Prefix sums: cue weight of units {@code [0, i)}. */
    final double[] sourceWeight;
    final double[] targetWeight;
    /** Target characters per source character over the whole bitext. */
    final double charRatio;
    private final Unions unions;

    private Features(List<String> source, List<String> target, int[][] sourceCues, int[][] targetCues,
                     float[] weight, String[] key) {
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
        long s = sourceChars[sourceSize];
        long t = targetChars[targetSize];
        this.charRatio = s > 0 && t > 0 ? (double) t / s : 1.0;
        this.unions = new Unions(sourceCues, targetCues);
    }

    /** Extracts and weighs the cues of both sides. */
    static Features of(List<String> source, List<String> target, CueExtractor extractor) {
        Map<String, Integer> vocabulary = new HashMap<>();
        List<String> keys = new ArrayList<>();
        int[][] rawSource = cueIds(source, extractor, vocabulary, keys);
        int[][] rawTarget = cueIds(target, extractor, vocabulary, keys);
        int[] sourceFrequency = frequencies(rawSource, keys.size());
        int[] targetFrequency = frequencies(rawTarget, keys.size());
        int[] dense = new int[keys.size()];
        List<String> kept = new ArrayList<>();
        List<Float> weights = new ArrayList<>();
        double units = Math.max(1.0, (source.size() + target.size()) / 2.0);
        for (int id = 0; id < keys.size(); id++) {
            if (sourceFrequency[id] > 0 && targetFrequency[id] > 0) {
                dense[id] = kept.size();
                kept.add(keys.get(id));
                int df = Math.max(sourceFrequency[id], targetFrequency[id]);
                weights.add((float) Math.log(1 + units / df));
            } else {
                dense[id] = -1;
            }
        }
        float[] weight = new float[weights.size()];
        for (int i = 0; i < weight.length; i++) {
            weight[i] = weights.get(i);
        }
        return new Features(List.copyOf(source), List.copyOf(target), remap(rawSource, dense),
                remap(rawTarget, dense), weight, kept.toArray(String[]::new));
    }

    /** Total weight of the cues shared by source unit {@code s} and target unit {@code t}. */
    float shared(int s, int t) {
        return dot(sourceCues[s], targetCues[t]);
    }

    /**
     * The matched cue weight of a bead of {@code type} starting at source unit {@code s} and
     * target unit {@code t}: every cue counts as often as it occurs on the side where it is
     * rarer ({@code min} of its unit counts on the two sides). {@code pairs} gives the
     * {@link #shared} weights of single unit pairs, which the search caches.
     */
    double matched(BeadType type, int s, int t, PairwiseShared pairs) {
        return switch (type) {
            case ONE_ZERO, ZERO_ONE -> 0;
            case ONE_ONE -> pairs.get(s, t);
            case TWO_ONE -> dot(unions.sourcePair[s], targetCues[t]);
            case ONE_TWO -> dot(sourceCues[s], unions.targetPair[t]);
            case THREE_ONE -> dot(unions.sourceTriple[s], targetCues[t]);
            case ONE_THREE -> dot(sourceCues[s], unions.targetTriple[t]);
            case TWO_TWO -> pairs.get(s, t) + pairs.get(s, t + 1) + pairs.get(s + 1, t) + pairs.get(s + 1, t + 1)
                    - dot(unions.sourceCommon[s], targetCues[t]) - dot(unions.sourceCommon[s], targetCues[t + 1])
                    - dot(unions.targetCommon[t], sourceCues[s]) - dot(unions.targetCommon[t], sourceCues[s + 1])
                    + 2 * dot(unions.sourceCommon[s], unions.targetCommon[t]);
        };
    }

    /** The matched cue weight (as in {@link #matched(BeadType, int, int, PairwiseShared)}) of any bead. */
    double matched(Range source, Range target) {
        if (source.isEmpty() || target.isEmpty()) {
            return 0;
        }
        if (source.size() <= 3 && target.size() <= 3) {
            for (BeadType type : BeadType.ALL) {
                if (type.source == source.size() && type.target == target.size()) {
                    return matched(type, source.start(), target.start(), this::shared);
                }
            }
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
        return sum;
    }

    /** Pairwise shared cue weights, possibly cached. */
    interface PairwiseShared {
        double get(int s, int t);
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

    private static int[][] cueIds(List<String> texts, CueExtractor extractor, Map<String, Integer> vocabulary,
                                  List<String> keys) {
        int[][] ids = new int[texts.size()][];
        IntBuffer buffer = new IntBuffer();
        for (int u = 0; u < texts.size(); u++) {
            buffer.clear();
            extractor.extract(texts.get(u), (cue, start, end) -> {
                Integer id = vocabulary.get(cue);
                if (id == null) {
                    id = keys.size();
                    vocabulary.put(cue, id);
                    keys.add(cue);
                }
                buffer.add(id);
            });
            ids[u] = buffer.sortedUnique();
        }
        return ids;
    }

    private static int[] frequencies(int[][] ids, int size) {
        int[] frequency = new int[size];
        for (int[] unit : ids) {
            for (int id : unit) {
                frequency[id]++;
            }
        }
        return frequency;
    }

    private static int[][] remap(int[][] ids, int[] dense) {
        int[][] out = new int[ids.length][];
        IntBuffer buffer = new IntBuffer();
        for (int u = 0; u < ids.length; u++) {
            buffer.clear();
            for (int id : ids[u]) {
                if (dense[id] >= 0) {
                    buffer.add(dense[id]);
                }
            }
            out[u] = buffer.sortedUnique();
        }
        return out;
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

    /** Cue sets of runs of two and three neighbouring units, for the multi-unit beads. */
    static final class Unions {
        final int[][] sourcePair;
        final int[][] sourceTriple;
        final int[][] sourceCommon;
        final int[][] targetPair;
        final int[][] targetTriple;
        final int[][] targetCommon;

        Unions(int[][] source, int[][] target) {
            sourcePair = runs(source, 2, false);
            sourceTriple = runs(source, 3, false);
            sourceCommon = runs(source, 2, true);
            targetPair = runs(target, 2, false);
            targetTriple = runs(target, 3, false);
            targetCommon = runs(target, 2, true);
        }

        private static int[][] runs(int[][] cues, int length, boolean common) {
            int[][] out = new int[cues.length][];
            IntBuffer buffer = new IntBuffer();
            for (int u = 0; u < cues.length; u++) {
                if (u + length > cues.length) {
                    out[u] = new int[0];
                    continue;
                }
                buffer.clear();
                if (common) {
                    int[] a = cues[u];
                    int[] b = cues[u + 1];
                    for (int x : a) {
                        if (Arrays.binarySearch(b, x) >= 0) {
                            buffer.add(x);
                        }
                    }
                    out[u] = buffer.sortedUnique();
                } else {
                    for (int k = 0; k < length; k++) {
                        for (int x : cues[u + k]) {
                            buffer.add(x);
                        }
                    }
                    out[u] = buffer.sortedUnique();
                }
            }
            return out;
        }
    }

    /** A growable int list that avoids boxing. */
    static final class IntBuffer {
        private int[] data = new int[64];
        private int size;

        void add(int value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = value;
        }

        void clear() {
            size = 0;
        }

        int[] sortedUnique() {
            int[] copy = Arrays.copyOf(data, size);
            Arrays.sort(copy);
            int n = 0;
            for (int i = 0; i < copy.length; i++) {
                if (i == 0 || copy[i] != copy[i - 1]) {
                    copy[n++] = copy[i];
                }
            }
            return n == copy.length ? copy : Arrays.copyOf(copy, n);
        }
    }
}
