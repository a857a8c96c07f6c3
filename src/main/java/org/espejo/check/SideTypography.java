package org.espejo.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.espejo.text.Lang;
import org.espejo.text.ParagraphKind;
import org.espejo.text.Span;

/**
 * The one-sided typography rules for all paragraphs of one side, in story order, so that
 * quotations and parentheses running over several paragraphs are not reported, and a quote
 * style or decimal mark can be compared with the rest of the side.
 */
final class SideTypography {

    private static final double DOMINANT_STYLE = 0.8;
    private static final int MIN_STYLE_COUNT = 4;

    /** One paragraph of the side and the row it sits in. */
    record Placed(Passage passage, StoryRow row) {
    }

    /** A typography problem at a paragraph. */
    record Hit(Placed at, TypoHit hit) {
    }

    private final Lang lang;
    private final Side side;
    private final List<Placed> passages = new ArrayList<>();

    SideTypography(AlignedStory story, Side side) {
        this.lang = story.lang(side);
        this.side = side;
        for (StoryRow row : story.rows()) {
            row.side(side).forEach(p -> passages.add(new Placed(p, row)));
        }
    }

    List<Hit> hits() {
        Character dominant = dominantQuote();
        boolean commaDecimals = lang == Lang.SPANISH
                && passages.stream().mapToInt(p -> SpacingRules.decimalCommas(p.passage().text())).sum() >= 2;
        List<List<TypoHit>> perPassage = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            perPassage.add(passageHits(i, dominant, commaDecimals));
        }
        cancelRunningBrackets(perPassage);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            for (TypoHit h : perPassage.get(i)) {
                hits.add(new Hit(passages.get(i), h));
            }
        }
        return hits;
    }

    private List<TypoHit> passageHits(int i, Character dominant, boolean commaDecimals) {
        Placed placed = passages.get(i);
        String text = placed.passage().text();
        List<TypoHit> hits = new ArrayList<>(SpacingRules.spaces(text, lang));
        hits.addAll(MarkPairs.brackets(text));
        boolean continues = i + 1 < passages.size() && opensWithQuote(passages.get(i + 1).passage().text());
        boolean continued = i > 0 && opensWithQuote(text);
        hits.addAll(MarkPairs.quotes(text, continues, continued));
        if (lang == Lang.SPANISH) {
            hits.addAll(MarkPairs.spanishMarks(text));
            if (placed.passage().kind() != ParagraphKind.LIST_ITEM && !counterpartOpensWithDash(placed)) {
                hits.addAll(SpacingRules.dialogueDash(text));
            }
            hits.addAll(otherQuoteStyle(text, dominant));
            if (commaDecimals) {
                SpacingRules.decimalPoints(text).stream().filter(h -> !isClockTimeOrModel(text, h.span())).forEach(hits::add);
            }
        } else if (lang == Lang.ENGLISH) {
            hits.addAll(SpacingRules.englishSlips(text));
        }
        return hits;
    }

    /** A ( left open at the end of a paragraph and closed in the next one is not a problem. */
    private static void cancelRunningBrackets(List<List<TypoHit>> perPassage) {
        for (int i = 0; i + 1 < perPassage.size(); i++) {
            List<TypoHit> here = perPassage.get(i);
            List<TypoHit> next = perPassage.get(i + 1);
            TypoHit open = here.stream().filter(h -> h.rule().equals("unclosed-bracket")).findFirst().orElse(null);
            TypoHit close = next.stream().filter(h -> h.rule().equals("unopened-bracket")).findFirst().orElse(null);
            if (open != null && close != null) {
                here.remove(open);
                next.remove(close);
            }
        }
    }

    /** A list the other side also opens with dashes is a list, not Spanish dialogue. */
    private boolean counterpartOpensWithDash(Placed placed) {
        return placed.row().side(side.other()).stream().anyMatch(p -> {
            String t = p.text().strip();
            return !t.isEmpty() && "-–•*".indexOf(t.charAt(0)) >= 0;
        });
    }

    private static boolean opensWithQuote(String text) {
        return !text.isEmpty() && "«»“\"—".indexOf(text.charAt(0)) >= 0;
    }

    /** The outermost quotation style most of the side uses, if one clearly dominates. */
    private Character dominantQuote() {
        Map<Character, Integer> counts = new HashMap<>();
        int total = 0;
        for (Placed p : passages) {
            for (char c : MarkPairs.outerQuotes(p.passage().text())) {
                counts.merge(c, 1, Integer::sum);
                total++;
            }
        }
        for (Map.Entry<Character, Integer> e : counts.entrySet()) {
            if (e.getValue() >= MIN_STYLE_COUNT && e.getValue() >= DOMINANT_STYLE * total) {
                return e.getKey();
            }
        }
        return null;
    }

    private static List<TypoHit> otherQuoteStyle(String text, Character dominant) {
        if (dominant == null) {
            return List.of();
        }
        for (char c : MarkPairs.outerQuotes(text)) {
            if (c != dominant) {
                int at = text.indexOf(c);
                return List.of(TypoHit.of("quote-style", at, at + 1, Severity.INFO, String.valueOf(c),
                        String.valueOf(dominant)));
            }
        }
        return List.of();
    }

    /** "a las 10.30", "10.30 h" (times) and "Jazz 1.4" (a model): not decimal numbers. */
    private static boolean isClockTimeOrModel(String text, Span span) {
        String before = text.substring(Math.max(0, span.start() - 4), span.start()).toLowerCase(Locale.ROOT);
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + 3)).toLowerCase(Locale.ROOT);
        List<Word> words = Words.of(text.substring(0, span.start()));
        boolean afterName = !words.isEmpty() && words.get(words.size() - 1).isCapitalised()
                && text.substring(words.get(words.size() - 1).end(), span.start()).equals(" ");
        return before.endsWith("las ") || before.endsWith("la ") || after.startsWith(" h") || afterName;
    }
}
