package org.espejo.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.espejo.text.Lang;
import org.espejo.text.RomanNumerals;
import org.espejo.text.Span;

/**
 * Numbers written in words ({@code diez}, {@code twenty-five}, {@code treinta y cinco}),
 * ordinals, fractions, Roman numerals and month names. They count as counterparts of digits on
 * the other side but are never reported missing themselves ("one" and "un" are also articles
 * and pronouns), except a month next to a number: that is a date. Stateless.
 */
final class WordNumbers {


    private WordNumbers() {
    }

    static List<NumberMention> find(Passage passage, Lang lang, List<Word> words) {
        List<NumberMention> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String folded = w.folded();
            Set<String> values = new LinkedHashSet<>(NumberWords.values(folded, lang));
            compound(words, i, lang).ifPresent(values::add);
            phrase(words, i, lang).ifPresent(values::add);
            for (String part : folded.split("-")) {
                values.addAll(NumberWords.values(part, lang));
            }
            int month = NumberWords.month(folded, lang);
            boolean flaggable = false;
            if (month > 0 && isMonth(w, lang)) {
                values.add("month:" + month);
                flaggable = nearDigits(passage.text(), w);
            }
            if (isRoman(w, lang)) {
                values.add(String.valueOf(RomanNumerals.value(w.text())));
            }
            if (!values.isEmpty()) {
                found.add(new NumberMention(passage.paragraph(), new Span(w.start(), w.end()), w.text(),
                        values, values, flaggable));
            }
        }
        return found;
    }

    /** {@code twenty-five}, {@code twenty five}, {@code treinta y cinco}. */
    private static Optional<String> compound(List<Word> words, int i, Lang lang) {
        String folded = words.get(i).folded();
        String[] parts = folded.split("-");
        if (parts.length == 2) {
            return sum(NumberWords.values(parts[0], lang), NumberWords.values(parts[1], lang));
        }
        List<String> tens = NumberWords.values(folded, lang);
        int j = i + 1;
        if (j < words.size() && words.get(j).folded().equals("y")) {
            j++;
        }
        if (j < words.size() && words.get(j).start() - words.get(i).end() <= 4) {
            return sum(tens, NumberWords.values(words.get(j).folded(), lang));
        }
        return Optional.empty();
    }

    /**
     * The value of a run of number words starting at {@code i}: "ciento ochenta" 180, "two
     * hundred forty-four" 244, "tres mil quinientos" 3500, "diez y media" 10.30 (a time).
     */
    private static Optional<String> phrase(List<Word> words, int i, Lang lang) {
        long total = 0;
        long current = 0;
        int used = 0;
        String half = "";
        for (int j = i; j < words.size() && j - i < 8; j++) {
            String w = words.get(j).folded();
            if (j > i && words.get(j).start() - words.get(j - 1).end() > 2) {
                break;
            }
            if ((w.equals("y") || w.equals("and")) && used > 0) {
                continue;
            }
            if (used > 0 && (w.equals("media") || w.equals("cuarto")) && words.get(j - 1).folded().equals("y")) {
                half = w.equals("media") ? ".30" : ".15";
                break;
            }
            long value = 0;
            for (String part : w.split("-")) {
                long v = cardinal(part, lang);
                if (v < 0) {
                    value = -1;
                    break;
                }
                value += v;
            }
            if (value < 0) {
                break;
            }
            if (value == 100 && !w.startsWith("cien") || value == 100 && current > 0) {
                current = Math.max(1, current) * 100;
            } else if (value == 1000) {
                total += Math.max(1, current) * 1000;
                current = 0;
            } else {
                current += value;
            }
            used++;
        }
        long result = total + current;
        if ((used < 2 && half.isEmpty()) || result <= 0) {
            return Optional.empty();
        }
        return Optional.of(half.isEmpty() ? String.valueOf(result) : NumberValues.canonical(result + half));
    }

    /** A cardinal number word's value (hundreds included), or -1. */
    private static long cardinal(String folded, Lang lang) {
        if (folded.equals("hundred") || folded.equals("cien") || folded.equals("ciento")) {
            return 100;
        }
        if (folded.equals("thousand") || folded.equals("mil")) {
            return 1000;
        }
        List<String> v = NumberWords.values(folded, lang);
        if (v.size() != 1 || NumberWords.isOrdinalOrFraction(folded)) {
            return -1;
        }
        long n = parseInt(v.get(0));
        return n >= 0 && n < 1000 ? n : -1;
    }

    private static Optional<String> sum(List<String> tens, List<String> units) {
        if (tens.size() != 1 || units.size() != 1) {
            return Optional.empty();
        }
        int t = parseInt(tens.get(0));
        int u = parseInt(units.get(0));
        if (t >= 20 && t <= 90 && t % 10 == 0 && u >= 1 && u <= 9) {
            return Optional.of(String.valueOf(t + u));
        }
        return Optional.empty();
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** English months are capitalised; "may" and "march" in lower case are verbs. */
    private static boolean isMonth(Word w, Lang lang) {
        return lang != Lang.ENGLISH || w.isCapitalised();
    }

    /** A month within a few characters of a number is part of a date. */
    private static boolean nearDigits(String text, Word w) {
        int from = Math.max(0, w.start() - 12);
        int to = Math.min(text.length(), w.end() + 12);
        String around = text.substring(from, w.start()) + " " + text.substring(w.end(), to);
        return around.chars().anyMatch(Character::isDigit);
    }

    private static boolean isRoman(Word w, Lang lang) {
        String t = w.text();
        if (!w.isAllCaps() || !RomanNumerals.PATTERN.matcher(t).matches()) {
            return false;
        }
        if (t.length() == 1) {
            return (t.equals("V") || t.equals("X") || t.equals("I")) && !(lang == Lang.ENGLISH && t.equals("I"));
        }
        return true;
    }
}
