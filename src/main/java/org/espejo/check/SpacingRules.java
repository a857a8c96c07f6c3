package org.espejo.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typography rules that look at one paragraph: spaces before punctuation and after opening
 * marks, double spaces, the dialogue dash, decimal commas and Spanish marks in English text.
 * Stateless.
 */
final class SpacingRules {

    private static final Pattern SPACE_BEFORE = Pattern.compile("(?<=[\\p{L}\\p{N}»”)\\]])( +)([,;:!?)\\]»”]|\\.(?![.\\p{N}]))");
    private static final Pattern SPACE_AFTER = Pattern.compile("([¿¡(\\[«“])( +)(?=\\S)");
    private static final Pattern DOUBLE_SPACE = Pattern.compile("(?<=\\S) {2,}(?=\\S)");
    private static final Pattern DIALOGUE_HYPHEN = Pattern.compile("^([-–]) ?(?=[\\p{L}¿¡«“\"])");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<![\\p{N},.])\\p{N}{1,3},\\p{N}{1,2}(?![\\p{N}]|,\\p{N})");
    private static final Pattern SPANISH_MARKS = Pattern.compile("[¿¡«»]");
    private static final Pattern DECIMAL_POINT = Pattern.compile("(?<![\\p{N},.])\\p{N}+\\.\\p{N}{1,2}(?![\\p{N}]|\\.\\p{N})");

    /** The marks that {@link #SPACE_BEFORE} finds a space before. */
    private static final String BEFORE_MARKS = ",;:!?)]»”.";
    /** The marks that {@link #SPACE_AFTER} finds a space after. */
    private static final String OPENING_MARKS = "¿¡([«“";

    private SpacingRules() {
    }

    /** Spaces before punctuation, after opening marks (not «» in English, reported as Spanish marks), doubled. */
    static List<TypoHit> spaces(String text, org.espejo.text.Lang lang) {
        boolean english = lang == org.espejo.text.Lang.ENGLISH;
        List<TypoHit> hits = new ArrayList<>();
        if (hasSpaceNextTo(text, BEFORE_MARKS, true)) {
            Matcher m = SPACE_BEFORE.matcher(text);
            while (m.find()) {
                if (!(english && m.group(2).equals("»"))) {
                    hits.add(TypoHit.of("space-before", m.start(1), m.end(2), Severity.WARNING, m.group(2)));
                }
            }
        }
        if (hasSpaceNextTo(text, OPENING_MARKS, false)) {
            Matcher m = SPACE_AFTER.matcher(text);
            while (m.find()) {
                if (!(english && m.group(1).equals("«"))) {
                    hits.add(TypoHit.of("space-after", m.start(1), m.end(2), Severity.WARNING, m.group(1)));
                }
            }
        }
        if (text.contains("  ")) {
            Matcher m = DOUBLE_SPACE.matcher(text);
            while (m.find()) {
                hits.add(TypoHit.of("double-space", m.start(), m.end(), Severity.INFO));
            }
        }
        return hits;
    }

    /**
     * Whether a space stands right before ({@code before}) or right after one of {@code marks}:
     * a quick test that spares most paragraphs the regular expressions, which need one.
     */
    private static boolean hasSpaceNextTo(String text, String marks, boolean before) {
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(before ? i - 1 : i) == ' ' && marks.indexOf(text.charAt(before ? i : i - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A Spanish dialogue line opened with a hyphen or en dash instead of the raya (—). */
    static List<TypoHit> dialogueDash(String text) {
        Matcher m = DIALOGUE_HYPHEN.matcher(text);
        if (m.find()) {
            return List.of(TypoHit.of("dialogue-dash", m.start(1), m.end(1), Severity.WARNING, m.group(1)));
        }
        return List.of();
    }

    /** English text with a decimal comma ({@code 1,5}) or Spanish marks (¿ ¡ « »; one finding per paragraph). */
    static List<TypoHit> englishSlips(String text) {
        List<TypoHit> hits = new ArrayList<>();
        Matcher m = DECIMAL_COMMA.matcher(text);
        while (m.find()) {
            hits.add(TypoHit.of("decimal-comma", m.start(), m.end(), Severity.WARNING, m.group()));
        }
        m = SPANISH_MARKS.matcher(text);
        StringBuilder marks = new StringBuilder();
        int first = -1;
        while (m.find()) {
            first = first < 0 ? m.start() : first;
            if (marks.indexOf(m.group()) < 0) {
                marks.append(m.group());
            }
        }
        if (first >= 0) {
            hits.add(TypoHit.of("spanish-mark", first, first + 1, Severity.WARNING, marks.toString()));
        }
        return hits;
    }

    /** Decimal numbers written with a point ({@code 1.5}) in Spanish text. */
    static List<TypoHit> decimalPoints(String text) {
        List<TypoHit> hits = new ArrayList<>();
        Matcher m = DECIMAL_POINT.matcher(text);
        while (m.find()) {
            hits.add(TypoHit.of("decimal-point", m.start(), m.end(), Severity.INFO, m.group()));
        }
        return hits;
    }

    /** How many decimal numbers written with a comma ({@code 1,5}) a Spanish text has. */
    static int decimalCommas(String text) {
        int n = 0;
        Matcher m = DECIMAL_COMMA.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
