package org.espejo.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes down why a bead was chosen: the cues its two sides share, each as the text wrote
 * it, and the ratio of their lengths. Immutable.
 */
final class EvidenceBuilder {

    private static final int MAX_PER_KIND = 12;

    private final Features features;
    private final CueExtractor extractor;

    EvidenceBuilder(Features features, CueExtractor extractor) {
        this.features = features;
        this.extractor = extractor;
    }

    Evidence of(Range source, Range target) {
        long sourceChars = features.sourceChars(source.start(), source.end());
        long targetChars = features.targetChars(target.start(), target.end());
        double ratio = sourceChars == 0 ? 0 : (double) targetChars / sourceChars;
        if (source.isEmpty() || target.isEmpty()) {
            return new Evidence(ratio, List.of(), List.of(), List.of(), List.of());
        }
        Map<String, String> sourceCues = surfaces(features.sourceTexts, source);
        Map<String, String> targetCues = surfaces(features.targetTexts, target);
        Set<String> numbers = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        Set<String> cognates = new LinkedHashSet<>();
        Set<String> lexicon = new LinkedHashSet<>();
        for (Map.Entry<String, String> cue : sourceCues.entrySet()) {
            String other = targetCues.get(cue.getKey());
            if (other == null) {
                continue;
            }
            switch (CueKind.ofTag(cue.getKey().charAt(0))) {
                case NUMBER -> add(numbers, cue.getValue());
                case NAME -> add(names, cue.getValue());
                case COGNATE -> add(cognates, cue.getValue() + "~" + other);
                case LEXICON -> add(lexicon, cue.getValue() + "=" + other);
                case PUNCTUATION -> { }
            }
        }
        return new Evidence(ratio, new ArrayList<>(numbers), new ArrayList<>(names),
                new ArrayList<>(cognates), new ArrayList<>(lexicon));
    }

    private static void add(Set<String> set, String value) {
        if (set.size() < MAX_PER_KIND) {
            set.add(value);
        }
    }

    private Map<String, String> surfaces(List<String> texts, Range units) {
        Map<String, String> found = new LinkedHashMap<>();
        for (int u = units.start(); u < units.end(); u++) {
            String text = texts.get(u);
            extractor.extract(text, (key, start, end) -> {
                if (features.idOfKey.containsKey(key)) {
                    found.putIfAbsent(key, text.substring(start, end));
                }
            });
        }
        return found;
    }
}
