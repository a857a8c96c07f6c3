package org.espejo.check;

import java.util.Set;
import org.espejo.text.Span;

/**
 * A number, date part or number word found in a passage.
 *
 * @param paragraph the paragraph it is in
 * @param span      where it is
 * @param surface   as written
 * @param strict    its values read by the conventions of its side's language (canonical
 *                  strings such as {@code "1500"}, {@code "1.5"}, {@code "month:11"})
 * @param loose     its values read by either language's conventions (a superset of strict)
 * @param flaggable whether its absence on the other side is worth a finding: digits and dated
 *                  months are; number words and Roman numerals only serve as counterparts
 */
record NumberMention(int paragraph, Span span, String surface, Set<String> strict, Set<String> loose,
                     boolean flaggable) {

    NumberMention {
        strict = Set.copyOf(strict);
        loose = Set.copyOf(loose);
    }

    Mark mark() {
        return new Mark(paragraph, span);
    }

    boolean isMonth() {
        return strict.stream().anyMatch(v -> v.startsWith("month:"));
    }
}
