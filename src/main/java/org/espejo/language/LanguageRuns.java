package org.espejo.language;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.espejo.text.Lang;
import org.espejo.text.Span;

/**
 * Splits a sentence into runs of one language. A segmenter keeps a sentence whole after an
 * abbreviation (and ICU's Spanish data takes any word ending in "mar." for one), so an English
 * sentence left between Spanish ones can end up inside a Spanish "sentence". Here a sentence is
 * cut at every inner sentence or clause end ({@code . ? ! ; :} followed by a space and a
 * capital, an inverted mark or a quotation mark), each piece is scored, and consecutive pieces
 * are grouped while they are in one language (pieces too short to call join the run they are
 * in). A sentence without inner ends is scored as it is, so this costs nothing extra.
 * Stateless.
 */
final class LanguageRuns {

    private static final Pattern INNER_END =
            Pattern.compile("[.?!;:][\"'”»’)\\]]*\\s+(?=[\\p{Lu}¿¡\"“«(])");

    private LanguageRuns() {
    }

    /** One run: where it lies in the text, and its evidence. */
    record Run(Span span, LanguageScores scores) {
    }

    /**
     * The runs of {@code text[span]}: one run covering the whole span when it is in one
     * language, several when its pieces are called in different languages.
     */
    static List<Run> of(String text, Span span, Function<String, LanguageScores> scorer) {
        List<Span> pieces = pieces(text, span);
        if (pieces.size() == 1) {
            return List.of(new Run(span, scorer.apply(span.of(text))));
        }
        List<Run> scored = pieces.stream().map(p -> new Run(p, scorer.apply(p.of(text)))).toList();
        List<List<Run>> groups = group(scored);
        if (groups.size() == 1) {
            return List.of(new Run(span, LanguageScores.combine(scored.stream().map(Run::scores).toList())));
        }
        List<Run> runs = new ArrayList<>(groups.size());
        for (List<Run> group : groups) {
            runs.add(new Run(new Span(group.get(0).span().start(), group.get(group.size() - 1).span().end()),
                    LanguageScores.combine(group.stream().map(Run::scores).toList())));
        }
        return runs;
    }

    /** The pieces of {@code text[span]} between inner sentence or clause ends. */
    static List<Span> pieces(String text, Span span) {
        List<Span> pieces = new ArrayList<>();
        Matcher m = INNER_END.matcher(text).region(span.start(), span.end());
        int start = span.start();
        while (m.find()) {
            int end = m.start() + 1;
            while (end < m.end() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            pieces.add(new Span(start, end));
            start = m.end();
        }
        pieces.add(new Span(start, span.end()));
        return pieces;
    }

    /** Consecutive pieces grouped while no piece is called in a language other than the group's. */
    private static List<List<Run>> group(List<Run> pieces) {
        List<List<Run>> groups = new ArrayList<>();
        List<Run> current = new ArrayList<>();
        Lang currentLang = Lang.UNKNOWN;
        for (Run piece : pieces) {
            Lang lang = ConfidenceCalibration.guess(piece.scores()).lang();
            if (lang.isKnown() && currentLang.isKnown() && lang != currentLang) {
                groups.add(current);
                current = new ArrayList<>();
                currentLang = Lang.UNKNOWN;
            }
            current.add(piece);
            if (lang.isKnown()) {
                currentLang = lang;
            }
        }
        groups.add(current);
        return groups;
    }
}
