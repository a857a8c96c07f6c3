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
        Map<Integer, String> targetSurfaces = new HashMap<>();
        for (int t = target.start(); t < target.end(); t++) {
            surfaces(features.targetTexts.get(t), features.targetCues[t], features.targetWhere[t], targetSurfaces);
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
                String other = targetSurfaces.get(cues[k]);
                if (other == null || !seen.add(cues[k])) {
                    continue;
                }
                String written = surface(text, features.sourceWhere[s][k]);
                switch (CueKind.ofTag(features.key[cues[k]].charAt(0))) {
                    case NUMBER -> add(numbers, written);
                    case NAME -> add(names, written);
                    case COGNATE -> add(cognates, written + "~" + other);
                    case LEXICON -> add(lexicon, written + "=" + other);
                    case PUNCTUATION -> { }
                }
            }
        }
        return new Evidence(ratio, new ArrayList<>(numbers), new ArrayList<>(names),
                new ArrayList<>(cognates), new ArrayList<>(lexicon));
    }

    private static void surfaces(String text, int[] cues, int[] where, Map<Integer, String> into) {
        for (int k = 0; k < cues.length; k++) {
            into.putIfAbsent(cues[k], surface(text, where[k]));
        }
    }

    private static String surface(String text, int where) {
        int start = where >>> 11;
        int end = Math.min(text.length(), start + (where & 2047));
        return start < end ? text.substring(start, end) : "";
    }

    private static void add(Set<String> set, String value) {
        if (set.size() < MAX_PER_KIND && !value.isEmpty()) {
            set.add(value);
        }
    }
}
