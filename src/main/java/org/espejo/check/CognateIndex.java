package org.espejo.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A vocabulary of comparison keys that answers "which of these keys are {@link Cognates#similar}
 * to this one" without comparing it with every key. Each rule of {@code similar} is looked up
 * where it can hold (keys sorted as written, as skeletons and reversed, for shared beginnings
 * and endings; letter pairs for the edit-distance rule) and tested there exactly, so the answer
 * is what comparing the key with every word of the vocabulary gives. Answers are remembered.
 * Not thread-safe.
 */
final class CognateIndex {

    private static final String[] DEMONYM_SUFFIXES = {"ian", "an", "n"};
    private static final int MIN = 4;
    private static final int MIN_ENDING = 5;
    /** Up to this length {@code similar} allows one edit, and such pairs are found by halves. */
    private static final int SHORT = 6;

    /** The ids of the keys holding one letter pair, ascending (so by key length), with how often each holds it. */
    private static final class Postings {
        int[] ids = new int[4];
        int[] counts = new int[4];
        int size;

        void add(int id, int count) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            ids[size] = id;
            counts[size++] = count;
        }
    }

    /** Ids sorted by a string of each key, for look-ups by beginning. */
    private static final class Sorted {
        final String[] strings;
        final int[] ids;

        /** One string and the id it belongs to. */
        private record Entry(String string, int id) implements Comparable<Entry> {
            @Override
            public int compareTo(Entry o) {
                return string.compareTo(o.string);
            }
        }

        Sorted(String[] byId) {
            Entry[] entries = new Entry[byId.length];
            for (int i = 0; i < entries.length; i++) {
                entries[i] = new Entry(byId[i], i);
            }
            Arrays.sort(entries);
            strings = new String[byId.length];
            ids = new int[byId.length];
            for (int i = 0; i < entries.length; i++) {
                strings[i] = entries[i].string();
                ids[i] = entries[i].id();
            }
        }

        /** The first position whose string is not below {@code prefix}. */
        int from(String prefix) {
            int lo = 0;
            int hi = strings.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (strings[mid].compareTo(prefix) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** A test of one rule on a candidate key id. */
    private interface Rule {
        boolean holds(int id);
    }

    private final String[] keys;
    private final String[] skeletons;
    private final int[] lengths;
    /** {@code firstOfLength[n]}: the first id of a key at least {@code n} letters long (ids go by length). */
    private final int[] firstOfLength;
    private final Map<String, Integer> idOf = new HashMap<>();
    private final Sorted written;
    private final Sorted reversed;
    private final Sorted bySkeleton;
    private final Sorted byReversedSkeleton;
    private final Map<String, List<Integer>> byDemonymBase = new HashMap<>();
    private final Map<Integer, Postings> byPair = new HashMap<>();
    private final Map<String, List<String>> answers = new HashMap<>();
    /** Per key id: letter pairs shared with the key being looked up; all zero between look-ups. */
    private final int[] shared;
    /** Per key id: the look-up that last found it. */
    private final int[] foundIn;
    private int lookUps;

    CognateIndex(Collection<String> vocabulary) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(vocabulary));
        distinct.sort(Comparator.comparingInt(String::length));
        keys = distinct.toArray(String[]::new);
        int n = keys.length;
        skeletons = new String[n];
        lengths = new int[n];
        shared = new int[n];
        foundIn = new int[n];
        String[] reversedKeys = new String[n];
        String[] reversedSkeletons = new String[n];
        for (int id = 0; id < n; id++) {
            String key = keys[id];
            idOf.put(key, id);
            lengths[id] = key.length();
            skeletons[id] = Cognates.skeleton(key);
            reversedKeys[id] = reverse(key);
            reversedSkeletons[id] = reverse(skeletons[id]);
            for (String base : demonymBases(key)) {
                byDemonymBase.computeIfAbsent(base, k -> new ArrayList<>()).add(id);
            }
            if (key.length() >= MIN) {
                addPairs(id, key);
            }
        }
        written = new Sorted(keys);
        reversed = new Sorted(reversedKeys);
        bySkeleton = new Sorted(skeletons);
        byReversedSkeleton = new Sorted(reversedSkeletons);
        int longestKey = n == 0 ? 0 : lengths[n - 1];
        firstOfLength = new int[longestKey + 2];
        for (int len = 0, id = 0; len < firstOfLength.length; len++) {
            while (id < n && lengths[id] < len) {
                id++;
            }
            firstOfLength[len] = id;
        }
    }

    private void addPairs(int id, String key) {
        int[] codes = new int[key.length() - 1];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = pair(key, i);
        }
        Arrays.sort(codes);
        for (int i = 0; i < codes.length; ) {
            int j = i;
            while (j < codes.length && codes[j] == codes[i]) {
                j++;
            }
            byPair.computeIfAbsent(codes[i], c -> new Postings()).add(id, j - i);
            i = j;
        }
    }

    /** The keys of the vocabulary similar to {@code key}. */
    List<String> similarTo(String key) {
        List<String> cached = answers.get(key);
        if (cached != null) {
            return cached;
        }
        lookUps++;
        List<String> found = new ArrayList<>();
        String a = key;
        String sa = Cognates.skeleton(a);
        int la = a.length();
        // equal words; equal skeletons of three letters or more
        Integer same = idOf.get(a);
        if (same != null) {
            take(same, found);
        }
        if (sa.length() >= 3) {
            scan(bySkeleton, sa, id -> skeletons[id].equals(sa), found);
        }
        // a nationality adjective of a place name, either way round
        for (String base : demonymBases(a)) {
            scan(bySkeleton, base, id -> skeletons[id].equals(base), found);
        }
        for (int id : byDemonymBase.getOrDefault(sa, List.of())) {
            take(id, found);
        }
        // skeletons one edit apart: the edit leaves the first half or the rest of the skeleton intact
        if (sa.length() >= MIN) {
            int half = sa.length() / 2;
            Rule oneEdit = id -> skeletons[id].length() >= MIN && Math.abs(skeletons[id].length() - sa.length()) <= 1
                    && withinOneEdit(sa, skeletons[id]);
            scan(bySkeleton, sa.substring(0, half), oneEdit, found);
            scan(byReversedSkeleton, reverse(sa.substring(half)), oneEdit, found);
        }
        if (la < MIN) {
            return remember(key, found);
        }
        // the same first four letters, as written or as skeletons, over half the shorter word
        scan(written, a.substring(0, MIN), id -> lengths[id] >= MIN
                && Cognates.commonPrefix(a, keys[id]) >= 0.5 * Math.min(la, lengths[id]), found);
        if (sa.length() >= MIN) {
            scan(bySkeleton, sa.substring(0, MIN), id -> lengths[id] >= MIN
                    && Cognates.commonPrefix(sa, skeletons[id]) >= 0.5 * Math.min(la, lengths[id]), found);
        }
        // one ends with the other, both five letters or more
        if (la >= MIN_ENDING) {
            for (int i = 1; la - i >= MIN_ENDING; i++) {
                Integer id = idOf.get(a.substring(i));
                if (id != null) {
                    take(id, found);
                }
            }
            scan(reversed, reverse(a), id -> true, found);
        }
        closeWords(a, found);
        return remember(key, found);
    }

    /**
     * The edit-distance rule: words of four letters or more within {@code k = floor(0.3 max)}
     * edits. Up to six letters {@code k} is one, and one edit leaves the first half or the rest
     * intact; longer pairs share at least {@code max - 1 - 2k} letter pairs, counted with
     * repeats, and only keys of a length within reach are counted.
     */
    private void closeWords(String a, List<String> found) {
        int la = a.length();
        Rule close = id -> {
            int allowed = Cognates.allowedEdits(Math.max(la, lengths[id]));
            return lengths[id] >= MIN && Math.abs(la - lengths[id]) <= allowed
                    && Cognates.distance(a, keys[id], allowed) <= allowed;
        };
        if (la <= SHORT) {
            int half = la / 2;
            Rule shortClose = id -> lengths[id] >= MIN && lengths[id] <= SHORT && withinOneEdit(a, keys[id]);
            scan(written, a.substring(0, half), shortClose, found);
            scan(reversed, reverse(a.substring(half)), shortClose, found);
        }
        int shortest = la;
        while (shortest - 1 >= MIN && la - (shortest - 1) <= Cognates.allowedEdits(la)) {
            shortest--;
        }
        int longest = la;
        while ((longest + 1) - la <= Cognates.allowedEdits(longest + 1)) {
            longest++;
        }
        int firstId = firstId(la <= SHORT ? SHORT + 1 : shortest);
        int endId = firstId(longest + 1);
        int[] touched = new int[16];
        int count = 0;
        for (int i = 0; i + 2 <= la; i++) {
            int code = pair(a, i);
            if (a.indexOf(a.substring(i, i + 2)) < i) {
                continue; // counted at its first occurrence
            }
            int inA = occurrences(a, code);
            Postings p = byPair.get(code);
            if (p == null) {
                continue;
            }
            int from = Arrays.binarySearch(p.ids, 0, p.size, firstId);
            for (int j = from < 0 ? -from - 1 : from; j < p.size && p.ids[j] < endId; j++) {
                int id = p.ids[j];
                if (shared[id] == 0) {
                    if (count == touched.length) {
                        touched = Arrays.copyOf(touched, count * 2);
                    }
                    touched[count++] = id;
                }
                shared[id] += Math.min(inA, p.counts[j]);
            }
        }
        for (int t = 0; t < count; t++) {
            int id = touched[t];
            int max = Math.max(la, lengths[id]);
            if (shared[id] >= max - 1 - 2 * Cognates.allowedEdits(max) && close.holds(id)) {
                take(id, found);
            }
            shared[id] = 0;
        }
    }

    /** Whether {@code a} and {@code b} are at most one insertion, deletion or substitution apart. */
    static boolean withinOneEdit(String a, String b) {
        if (a.length() < b.length()) {
            return withinOneEdit(b, a);
        }
        if (a.length() - b.length() > 1) {
            return false;
        }
        int i = 0;
        while (i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == b.length()) {
            return true;
        }
        // skip the differing char of a (deletion) or of both (substitution)
        return a.substring(i + 1).equals(b.substring(i + (a.length() == b.length() ? 1 : 0)));
    }

    private void scan(Sorted sorted, String prefix, Rule rule, List<String> found) {
        for (int i = sorted.from(prefix); i < sorted.strings.length && sorted.strings[i].startsWith(prefix); i++) {
            int id = sorted.ids[i];
            if (foundIn[id] != lookUps && rule.holds(id)) {
                take(id, found);
            }
        }
    }

    private void take(int id, List<String> found) {
        if (foundIn[id] != lookUps) {
            foundIn[id] = lookUps;
            found.add(keys[id]);
        }
    }

    private List<String> remember(String key, List<String> found) {
        List<String> answer = List.copyOf(found);
        answers.put(key, answer);
        return answer;
    }

    private static int occurrences(String a, int code) {
        int n = 0;
        for (int i = 0; i + 2 <= a.length(); i++) {
            if (pair(a, i) == code) {
                n++;
            }
        }
        return n;
    }

    private static int pair(String s, int i) {
        return (s.charAt(i) << 16) | s.charAt(i + 1);
    }

    /** The first id of a key at least {@code length} letters long. */
    private int firstId(int length) {
        return length < firstOfLength.length ? firstOfLength[length] : keys.length;
    }

    /** The skeletons a word would have without an English nationality ending ("kenyan" → "ceni"). */
    private static List<String> demonymBases(String word) {
        List<String> bases = new ArrayList<>(DEMONYM_SUFFIXES.length);
        for (String suffix : DEMONYM_SUFFIXES) {
            if (word.length() > suffix.length() + 3 && word.endsWith(suffix)) {
                bases.add(Cognates.skeleton(word.substring(0, word.length() - suffix.length())));
            }
        }
        return bases;
    }

    /** The string's chars in reverse order (surrogate pairs too: only prefixes are compared). */
    private static String reverse(String s) {
        char[] chars = new char[s.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = s.charAt(s.length() - 1 - i);
        }
        return new String(chars);
    }
}
