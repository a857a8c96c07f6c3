package org.espejo.check;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which checks run for a comparison, and the few thresholds editors may want to move.
 *
 * @param enabled              the checks that run
 * @param lengthOutlier        how many robust standard deviations a row's length ratio may
 *                             stray from this document's usual ratio before it is reported
 * @param minLanguageLetters   paragraphs and sentences with fewer letters are not judged by
 *                             their detected language
 * @param minLanguageConfidence a language guess below this confidence is not trusted
 * @param minRepeatWords       the inconsistency check ignores sentences with fewer words
 */
public record CheckSettings(Set<CheckType> enabled, double lengthOutlier, int minLanguageLetters,
                            double minLanguageConfidence, int minRepeatWords) {

    /** Every check on, with the thresholds measured on the development corpora. */
    public static final CheckSettings DEFAULT =
            new CheckSettings(EnumSet.allOf(CheckType.class), 4.0, 40, 0.1, 4);

    public CheckSettings {
        Objects.requireNonNull(enabled, "enabled");
        enabled = enabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabled));
        if (!(lengthOutlier > 0)) {
            throw new IllegalArgumentException("lengthOutlier must be positive");
        }
        if (minLanguageLetters < 1 || minRepeatWords < 1) {
            throw new IllegalArgumentException("minimum counts must be at least 1");
        }
        if (!(minLanguageConfidence >= 0 && minLanguageConfidence <= 1)) {
            throw new IllegalArgumentException("minLanguageConfidence outside [0,1]");
        }
    }

    public boolean isEnabled(CheckType type) {
        return enabled.contains(type);
    }

    /** These settings with {@code types} switched off. */
    public CheckSettings without(Collection<CheckType> types) {
        EnumSet<CheckType> kept = EnumSet.allOf(CheckType.class);
        kept.retainAll(enabled);
        kept.removeAll(types);
        return new CheckSettings(kept, lengthOutlier, minLanguageLetters, minLanguageConfidence, minRepeatWords);
    }

    /** These settings with only {@code types} switched on. */
    public CheckSettings only(Collection<CheckType> types) {
        return new CheckSettings(EnumSet.copyOf(types), lengthOutlier, minLanguageLetters,
                minLanguageConfidence, minRepeatWords);
    }
}
