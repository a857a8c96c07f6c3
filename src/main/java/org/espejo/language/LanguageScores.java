package org.espejo.language;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.espejo.text.Lang;

/**
 * The raw evidence a detector found in one piece of text: for each candidate language a
 * <em>cost</em>, the ratio of that language's log-likelihood to the best language's (so the
 * best language costs 1.0 and the others more), and the number of letters it was computed on.
 * Lingua reports the reciprocal of this ratio as its "relative confidence".
 *
 * <p>Costs of consecutive pieces combine into the cost of the whole, because a log-likelihood
 * grows with the length of the text: {@link #combine} weights each piece's costs by its
 * letters. This is what lets a paragraph's language be computed from its sentences without
 * detecting the paragraph's text a second time.
 *
 * @param costs   cost per language, best = 1.0; languages Lingua ruled out (by their
 *                alphabet) are absent
 * @param letters letters in the text
 */
record LanguageScores(Map<Lang, Double> costs, int letters) {

    /** No letters, nothing to go on. */
    static final LanguageScores NONE = new LanguageScores(Map.of(), 0);

    /**
     * The cost assumed for a language Lingua ruled out, when it ruled out all but one: a
     * single telling character (an "ñ" in {@code What, señor?}) is weak evidence, so the
     * margin it gives is kept small.
     */
    static final double RULED_OUT_COST = 1.1;

    LanguageScores {
        costs = Collections.unmodifiableMap(costs.isEmpty() ? new EnumMap<>(Lang.class) : new EnumMap<>(costs));
        if (letters < 0) {
            throw new IllegalArgumentException("negative letter count " + letters);
        }
        for (double cost : costs.values()) {
            if (!(cost >= 1.0) || Double.isInfinite(cost)) {
                throw new IllegalArgumentException("costs must be finite and at least 1: " + costs);
            }
        }
        if (!costs.isEmpty() && !costs.containsValue(1.0)) {
            throw new IllegalArgumentException("the best language must cost 1.0: " + costs);
        }
    }

    /** Whether there is anything to go on. */
    boolean isEmpty() {
        return costs.isEmpty() || letters == 0;
    }

    /** The cheapest language, {@link Lang#UNKNOWN} when empty. */
    Lang best() {
        return costs.entrySet().stream()
                .filter(e -> e.getValue() == 1.0)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(Lang.UNKNOWN);
    }

    /** The cost of {@code lang}; a language ruled out costs at least {@link #RULED_OUT_COST}. */
    double cost(Lang lang) {
        Double cost = costs.get(lang);
        if (cost != null) {
            return cost;
        }
        double worstPresent = costs.values().stream().mapToDouble(Double::doubleValue).max().orElse(1.0);
        return Math.max(RULED_OUT_COST, worstPresent);
    }

    /** The runner-up's extra cost over the best, e.g. 0.15 for a runner-up at cost 1.15. */
    double margin() {
        Lang best = best();
        return LinguaLanguages.CANDIDATES.stream()
                .filter(l -> l != best)
                .mapToDouble(this::cost)
                .min()
                .orElse(RULED_OUT_COST) - 1.0;
    }

    /**
     * The evidence for the best language over the runner-up: {@code letters × margin}, about
     * the log-likelihood ratio per unit of text times the amount of text. The calibrated
     * confidence is a function of this number.
     */
    double evidence() {
        return isEmpty() ? 0 : letters * margin();
    }

    /**
     * The scores of the concatenation of {@code parts}: costs weighted by letters. Parts
     * without evidence add nothing, not even their letters.
     */
    static LanguageScores combine(List<LanguageScores> parts) {
        Objects.requireNonNull(parts, "parts");
        List<LanguageScores> telling = parts.stream().filter(p -> !p.isEmpty()).toList();
        if (telling.isEmpty()) {
            return NONE;
        }
        int letters = telling.stream().mapToInt(LanguageScores::letters).sum();
        Map<Lang, Double> sums = new EnumMap<>(Lang.class);
        for (Lang lang : LinguaLanguages.CANDIDATES) {
            double sum = 0;
            for (LanguageScores part : telling) {
                sum += part.letters() * part.cost(lang);
            }
            sums.put(lang, sum);
        }
        double best = sums.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        Map<Lang, Double> costs = new EnumMap<>(Lang.class);
        sums.forEach((lang, sum) -> costs.put(lang, sum == best ? 1.0 : sum / best));
        return new LanguageScores(costs, letters);
    }

    /** Letters (in the sense of {@link Character#isLetter(int)}) in {@code text}. */
    static int countLetters(CharSequence text) {
        return countLetters(text, 0, text.length());
    }

    /** Letters in {@code text[start, end)}. */
    static int countLetters(CharSequence text, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
