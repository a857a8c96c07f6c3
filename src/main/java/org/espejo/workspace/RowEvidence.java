package org.espejo.workspace;

import java.util.List;

/**
 * Why a row's two sides were paired: matched numbers, names, similar words and dictionary
 * pairs, and the ratio of their lengths (right / left characters).
 */
public record RowEvidence(double lengthRatio, List<String> numbers, List<String> names,
                          List<String> cognates, List<String> lexicon) {

    public static final RowEvidence NONE = new RowEvidence(0, List.of(), List.of(), List.of(), List.of());

    public RowEvidence {
        numbers = List.copyOf(numbers);
        names = List.copyOf(names);
        cognates = List.copyOf(cognates);
        lexicon = List.copyOf(lexicon);
    }

    public boolean isEmpty() {
        return numbers.isEmpty() && names.isEmpty() && cognates.isEmpty() && lexicon.isEmpty();
    }
}
