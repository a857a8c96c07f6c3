package org.espejo.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes down why a bead was chosen: the cues its two sides share, each as the text wrote
 * it (from the positions recorded when the cues were extracted), and the ratio of their
 * lengths. Immutable.
 */
final class EvidenceBuilder {

    private static final int MAX_PER_KIND = 12;

    private final Features features;

    EvidenceBuilder(Features features) {
        this.features = features;
    }

    Evidence of(Range source, Range target) {
        long sourceChars = features.sourceChars(source.start(), source.end());
        long targetChars = features.targetChars(target.start(), target.end());
        double ratio = sourceChars == 0 ? 0 : (double) targetChars / sourceChars;
        if (source.isEmpty() || target.isEmpty()) {
            return new Evidence(ratio, List.of(), List.of(), List.of(), List.of());
        }
        // where each cue is first written on the target side: unit << 32 | index in the unit's cues
        Map<Integer, Long> targetAt = new HashMap<>();
        for (int t = target.start(); t < target.end(); t++) {
            int[] cues = features.targetCues[t];
            for (int k = 0; k < cues.length; k++) {
                targetAt.putIfAbsent(cues[k], (long) t << 32 | k);
            }
        }
        Set<String> numbers = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        Set<String> cognates = new LinkedHashSet<>();
        Set<String> lexicon = new LinkedHashSet<>();
        Set<Integer> seen = new java.util.HashSet<>();
        for (int s = source.start(); s < source.end(); s++) {
            int[] cues = features.sourceCues[s];
            String text = features.sourceTexts.get(s);
            for (int k = 0; k < cues.length; k++) {
                Long at = targetAt.get(cues[k]);
                if (at == null || !seen.add(cues[k])) {
                    continue;
                }
                switch (CueKind.ofTag(features.key[cues[k]].charAt(0))) {
                    case NUMBER -> add(numbers, text, features.sourceWhere[s][k], "", null);
                    case NAME -> add(names, text, features.sourceWhere[s][k], "", null);
                    case COGNATE -> add(cognates, text, features.sourceWhere[s][k], "~", targetSurface(at));
                    case LEXICON -> add(lexicon, text, features.sourceWhere[s][k], "=", targetSurface(at));
                    case PUNCTUATION -> { }
                }
            }
        }
        return new Evidence(ratio, new ArrayList<>(numbers), new ArrayList<>(names),
                new ArrayList<>(cognates), new ArrayList<>(lexicon));
    }

    /** The target text of a cue found at {@code at} (unit << 32 | index in the unit's cues). */
    private String targetSurface(long at) {
        int t = (int) (at >>> 32);
        return surface(features.targetTexts.get(t), features.targetWhere[t][(int) at]);
    }

    private static String surface(String text, int where) {
        int start = where >>> 11;
        int end = Math.min(text.length(), start + (where & 2047));
        return start < end ? text.substring(start, end) : "";
    }

    /**
     * Adds the source surface at {@code where}, joined to the target surface {@code other} when
     * there is one, unless the set is full (then no string is made) or the value empty.
     */
    private static void add(Set<String> set, String text, int where, String joint, String other) {
        if (set.size() >= MAX_PER_KIND) {
            return;
        }
        String written = surface(text, where);
        String value = other == null ? written : written + joint + other;
        if (!value.isEmpty()) {
            set.add(value);
        }
    }
}
