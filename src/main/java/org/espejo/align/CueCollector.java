package org.espejo.align;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Extracts the cues of both sides of a bitext as vocabulary ids with where each is first
 * written; long texts use two threads, one per side. Stateless.
 */
final class CueCollector {

    private CueCollector() {
    }

    /**
     * The cue ids of every unit of both sides ({@code [0]} source, {@code [1]} target), each
     * sorted and distinct: {@code id << 32 | start << 11 | length}; {@code vocabulary} and
     * {@code keys} receive the cue keys.
     */
    static long[][][] collect(List<String> source, List<String> target, CueExtractor extractor,
                              WordListReading reading, Map<String, Integer> vocabulary, List<String> keys) {
        if (source.size() + target.size() < PARALLEL_UNITS) {
            long[][] s = cueIds(source, true, extractor, reading, vocabulary, keys);
            return new long[][][] {s, cueIds(target, false, extractor, reading, vocabulary, keys)};
        }
        Map<String, Integer> targetVocabulary = new HashMap<>();
        List<String> targetKeys = new java.util.ArrayList<>();
        long[][][] ids = new long[2][][];
        SideBySide.run(() -> ids[0] = cueIds(source, true, extractor, reading, vocabulary, keys),
                () -> ids[1] = cueIds(target, false, extractor, reading, targetVocabulary, targetKeys));
        return new long[][][] {ids[0], merge(ids[1], targetKeys, vocabulary, keys)};
    }

    /** Texts with at least this many units on the two sides together extract their cues in two threads. */
    private static final int PARALLEL_UNITS = 2000;

    /** Renumbers cue ids extracted with their own vocabulary into the shared one (order is kept). */
    private static long[][] merge(long[][] ids, List<String> ownKeys, Map<String, Integer> vocabulary,
                                  List<String> keys) {
        int[] global = new int[ownKeys.size()];
        for (int id = 0; id < global.length; id++) {
            String key = ownKeys.get(id);
            Integer known = vocabulary.get(key);
            if (known == null) {
                known = keys.size();
                vocabulary.put(key, known);
                keys.add(key);
            }
            global[id] = known;
        }
        for (long[] unit : ids) {
            for (int k = 0; k < unit.length; k++) {
                unit[k] = (long) global[(int) (unit[k] >>> 32)] << 32 | (unit[k] & 0xFFFFFFFFL);
            }
            Arrays.sort(unit);
        }
        return ids;
    }

    /** Per unit, its distinct cue ids with where each is first written: {@code id << 32 | start << 11 | length}. */
    private static long[][] cueIds(List<String> texts, boolean source, CueExtractor extractor,
                                   WordListReading reading, Map<String, Integer> vocabulary, List<String> keys) {
        long[][] ids = new long[texts.size()][];
        IdCollector collector = new IdCollector(vocabulary, keys);
        WordMemo memo = new WordMemo();
        for (int u = 0; u < texts.size(); u++) {
            collector.clear();
            extractor.extract(texts.get(u), reading, source, memo, collector);
            ids[u] = collector.sortedUnique();
        }
        return ids;
    }

    /** Turns cue keys into vocabulary ids, remembering the ids of each shared key array. */
    private static final class IdCollector implements CueSink {
        private final Map<String, Integer> vocabulary;
        private final List<String> keys;
        private final Map<String[], int[]> batches = new java.util.IdentityHashMap<>();
        private long[] data = new long[64];
        private int size;

        IdCollector(Map<String, Integer> vocabulary, List<String> keys) {
            this.vocabulary = vocabulary;
            this.keys = keys;
        }

        @Override
        public void accept(String key, int start, int end) {
            add(id(key), start, end);
        }

        @Override
        public void acceptAll(String[] batch, int start, int end) {
            int[] ids = batches.get(batch);
            if (ids == null) {
                ids = new int[batch.length];
                for (int k = 0; k < batch.length; k++) {
                    ids[k] = id(batch[k]);
                }
                batches.put(batch, ids);
            }
            for (int id : ids) {
                add(id, start, end);
            }
        }

        private int id(String key) {
            Integer id = vocabulary.get(key);
            if (id == null) {
                id = keys.size();
                vocabulary.put(key, id);
                keys.add(key);
            }
            return id;
        }

        private void add(int id, int start, int end) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            int where = start < (1 << 20) ? start << 11 | Math.min(end - start, 2047) : 0;
            data[size++] = (long) id << 32 | where;
        }

        void clear() {
            size = 0;
        }

        long[] sortedUnique() {
            long[] copy = Arrays.copyOf(data, size);
            Arrays.sort(copy);
            int n = 0;
            for (int i = 0; i < copy.length; i++) {
                if (n == 0 || copy[i] >>> 32 != copy[n - 1] >>> 32) {
                    copy[n++] = copy[i];
                }
            }
            return n == copy.length ? copy : Arrays.copyOf(copy, n);
        }
    }
}
