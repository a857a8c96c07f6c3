package org.espejo.align;

import java.util.List;
import java.util.Objects;

/**
 * Why two passages were paired: the cues the scorer matched across the two sides, and how
 * their lengths compare. Shown to the user next to each row.
 *
 * @param lengthRatio target characters / source characters (0 when the source is empty)
 * @param numbers     numbers and dates found on both sides, as the source wrote them
 * @param names       names found on both sides (accent-folded match), as the source wrote them
 * @param cognates    similar longer words found on both sides, as {@code "source~target"}
 * @param lexicon     dictionary pairs that matched, as {@code "source=target"}
 */
public record Evidence(double lengthRatio, List<String> numbers, List<String> names,
                       List<String> cognates, List<String> lexicon) {

    /** No evidence: used for 1-0 / 0-1 beads and fixed links. */
    public static final Evidence NONE = new Evidence(0, List.of(), List.of(), List.of(), List.of());

    public Evidence {
        if (lengthRatio < 0 || Double.isNaN(lengthRatio)) {
            throw new IllegalArgumentException("bad length ratio " + lengthRatio);
        }
        numbers = List.copyOf(Objects.requireNonNull(numbers, "numbers"));
        names = List.copyOf(Objects.requireNonNull(names, "names"));
        cognates = List.copyOf(Objects.requireNonNull(cognates, "cognates"));
        lexicon = List.copyOf(Objects.requireNonNull(lexicon, "lexicon"));
    }
}
