package org.espejo.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.espejo.text.Folding;
import org.espejo.text.Lang;

/**
 * Finds the numbers of a passage: digits ({@link DigitNumbers}) with what scale words and
 * a.m./p.m. add to them ({@code 1,5 millones} is also 1500000, {@code 10 p.m.} also 22), and —
 * as counterparts only — numbers written as words, ordinals, Roman numerals and months
 * ({@link WordNumbers}). Stateless.
 */
final class NumberFinder {

    private NumberFinder() {
    }

    static List<NumberMention> find(Passage passage, Lang lang) {
        String text = passage.text();
        List<Word> words = Words.of(passage);
        List<NumberMention> found = new ArrayList<>();
        for (NumberMention m : DigitNumbers.find(passage, lang, new ArrayList<>())) {
            Set<String> strict = new LinkedHashSet<>(m.strict());
            Set<String> loose = new LinkedHashSet<>(m.loose());
            addScaled(strict, loose, text, m.span().end(), words);
            addMeridiem(strict, loose, text, m.span().end(), m.surface());
            found.add(new NumberMention(m.paragraph(), m.span(), m.surface(), strict, loose, m.flaggable()));
        }
        found.addAll(WordNumbers.find(passage, lang, words));
        return found;
    }

    /** {@code 1,5 millones}, {@code 3 mil}, {@code mil millones}, {@code $5bn}. */
    private static void addScaled(Set<String> strict, Set<String> loose, String text, int end, List<Word> words) {
        List<Word> next = wordsAfter(words, text, end, 2);
        if (next.isEmpty()) {
            return;
        }
        long factor = NumberWords.scale(next.get(0).folded());
        if (factor == 1_000L && next.size() > 1 && NumberWords.scale(next.get(1).folded()) == 1_000_000L) {
            factor = 1_000_000_000L;
        }
        if (factor > 0) {
            for (String v : List.copyOf(loose)) {
                if (!v.startsWith("month:")) {
                    loose.add(NumberValues.scaled(v, factor));
                }
            }
            for (String v : List.copyOf(strict)) {
                if (!v.startsWith("month:")) {
                    strict.add(NumberValues.scaled(v, factor));
                }
            }
        }
    }

    /** {@code 10 p.m.} may be written 22 on the other side. */
    private static void addMeridiem(Set<String> strict, Set<String> loose, String text, int end, String surface) {
        if (!surface.chars().allMatch(Character::isDigit) || surface.length() > 2) {
            return;
        }
        String after = Folding.fold(text.substring(end, Math.min(text.length(), end + 6))).replace(" ", "");
        if (after.startsWith("pm") || after.startsWith("p.m") || after.startsWith("am") || after.startsWith("a.m")) {
            int h = Integer.parseInt(surface);
            if (h >= 1 && h <= 12) {
                String other = String.valueOf(h == 12 ? 0 : h + 12);
                strict.add(other);
                loose.add(other);
            }
        }
    }

    /** Up to {@code n} words directly after {@code end} (only spaces, or nothing, between). */
    private static List<Word> wordsAfter(List<Word> words, String text, int end, int n) {
        List<Word> after = new ArrayList<>();
        int position = end;
        for (Word w : words) {
            if (w.start() < position) {
                continue;
            }
            if (!text.substring(position, w.start()).isBlank()) {
                break;
            }
            after.add(w);
            position = w.end();
            if (after.size() == n) {
                break;
            }
        }
        return after;
    }
}
