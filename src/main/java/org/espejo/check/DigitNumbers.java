package org.espejo.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.espejo.text.Lang;
import org.espejo.text.Span;

/**
 * Numbers written with digits: dates ({@code 28.8.09}, {@code 10/11/2009}: each part, a part
 * up to 12 possibly a month), clock times ({@code 10:30}; 22:30 is also 10.30), numbers with
 * thousands separators including spaces ({@code 140 000}), decimals, and what each can also
 * mean on the other side: a year is also its last two digits ({@code los 70} for 1970), a
 * decimal that reads as a time is also that time twelve hours on ({@code 16.30} and
 * {@code 4.30 p.m.}). Stateless.
 */
final class DigitNumbers {

    private static final Pattern DATE = Pattern.compile(
            "(?<![\\p{N}.,/])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2,4})(?!\\p{N})");
    private static final Pattern TIME = Pattern.compile("(?<![\\p{N}.,:])(\\d{1,2}):(\\d{2})(?![\\p{N}:])");
    private static final Pattern SPACED = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.,])\\d{1,3}(?: \\d{3})+(?:[.,]\\d+)?(?![\\p{N}]|[.,]\\p{N})");
    private static final Pattern DIGITS = Pattern.compile(
            "(?:(?<![\\p{L}\\p{N}_])|(?<=\\p{N}x))(?<![\\p{N}][.,])\\d+(?:[.,]\\d+)*(?!\\p{N})");

    private DigitNumbers() {
    }

    /** The digit numbers of a passage; {@code taken} collects the spans they cover. */
    static List<NumberMention> find(Passage passage, Lang lang, List<Span> taken) {
        List<NumberMention> found = new ArrayList<>();
        dates(passage, taken, found);
        times(passage, taken, found);
        spaced(passage, lang, taken, found);
        plain(passage, lang, taken, found);
        return found;
    }

    private static void dates(Passage p, List<Span> taken, List<NumberMention> out) {
        Matcher m = DATE.matcher(p.text());
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(3));
            if (day == 0 || month == 0 || (day > 12 && month > 12)) {
                continue;
            }
            for (int g : new int[] {1, 3, 4}) {
                Set<String> v = new LinkedHashSet<>();
                int n = Integer.parseInt(m.group(g));
                v.add(String.valueOf(n));
                if (g == 4) {
                    v.add(String.valueOf(n < 100 ? 2000 + n : n % 100));
                } else if (n <= 12) {
                    v.add("month:" + n);
                }
                out.add(new NumberMention(p.paragraph(), new Span(m.start(g), m.end(g)), m.group(g), v, v, true));
            }
            taken.add(new Span(m.start(), m.end()));
        }
    }

    private static void times(Passage p, List<Span> taken, List<NumberMention> out) {
        Matcher m = TIME.matcher(p.text());
        while (m.find()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            if (h <= 24 && min < 60 && !inside(taken, m.start())) {
                Set<String> v = clock(h, min);
                out.add(new NumberMention(p.paragraph(), new Span(m.start(), m.end()), m.group(), v, v, true));
                taken.add(new Span(m.start(), m.end()));
            }
        }
    }

    /** {@code 140 000}: groups of three digits after a space (the RAE's own recommendation). */
    private static void spaced(Passage p, Lang lang, List<Span> taken, List<NumberMention> out) {
        Matcher m = SPACED.matcher(p.text());
        while (m.find()) {
            if (inside(taken, m.start())) {
                continue;
            }
            String surface = m.group();
            Set<String> v = new LinkedHashSet<>(NumberValues.loose(surface.replace(" ", "")));
            for (String part : surface.split("[ ,.]")) {
                v.add(NumberValues.canonical(part));
            }
            out.add(mention(p, m.start(), m.end(), surface, v, v));
            taken.add(new Span(m.start(), m.end()));
        }
    }

    private static void plain(Passage p, Lang lang, List<Span> taken, List<NumberMention> out) {
        String text = p.text();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            if (inside(taken, m.start())) {
                continue;
            }
            String surface = m.group();
            Set<String> strict = new LinkedHashSet<>(NumberValues.strict(surface, lang));
            Set<String> loose = new LinkedHashSet<>(NumberValues.loose(surface));
            if (loose.isEmpty()) {
                String lenient = NumberValues.lenient(surface);
                strict.add(lenient);
                loose.add(lenient);
                for (String part : surface.split("[.,]")) {
                    strict.add(NumberValues.canonical(part));
                }
                loose.addAll(strict);
            }
            alsoMeans(strict);
            alsoMeans(loose);
            out.add(mention(p, m.start(), m.end(), surface, strict, loose));
        }
    }

    /** A year is also its decade's two digits and the reverse; a decimal time is also twelve hours on. */
    private static void alsoMeans(Set<String> values) {
        for (String v : List.copyOf(values)) {
            if (v.matches("(19|20)\\d\\d")) {
                values.add(String.valueOf(Integer.parseInt(v) % 100));
            } else if (v.matches("\\d{2}") && Integer.parseInt(v) >= 10) {
                values.add("19" + v);
                values.add("20" + v);
            } else if (v.matches("\\d{1,2}\\.\\d{1,2}")) {
                String[] hm = v.split("\\.");
                int h = Integer.parseInt(hm[0]);
                String minutes = hm[1].length() == 1 ? hm[1] + "0" : hm[1];
                if (h <= 24 && Integer.parseInt(minutes) < 60) {
                    values.addAll(clock(h, Integer.parseInt(minutes)));
                }
            }
        }
    }

    static Set<String> clock(int h, int min) {
        Set<String> v = new LinkedHashSet<>();
        v.add(NumberValues.canonical(h + "." + String.format("%02d", min)));
        int other = h < 12 ? h + 12 : h - 12;
        v.add(NumberValues.canonical(other + "." + String.format("%02d", min)));
        if (min == 0) {
            v.add(String.valueOf(h));
            v.add(String.valueOf(other));
        }
        return v;
    }

    private static NumberMention mention(Passage p, int start, int end, String surface, Set<String> strict,
                                         Set<String> loose) {
        return new NumberMention(p.paragraph(), new Span(start, end), surface, strict, loose, true);
    }

    static boolean inside(List<Span> spans, int position) {
        return spans.stream().anyMatch(s -> position >= s.start() && position < s.end());
    }
}
