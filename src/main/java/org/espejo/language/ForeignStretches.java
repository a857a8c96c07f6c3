package org.espejo.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.espejo.text.Lang;
import org.espejo.text.Span;

/**
 * Finds the stretches of one paragraph that are confidently in a language other than the
 * expected one: its foreign sentences (narrowed to their quoted part when they are mostly a
 * quotation), foreign quotations inside sentences in the expected language, and, when no
 * sentence could be called, the whole paragraph. Thread-safe if its detector is.
 */
final class ForeignStretches {

    /** What was found in one paragraph. */
    record Found(List<ForeignSpan> spans, int expectedLetters) {
    }

    private final LanguageDetector detector;
    private final double flagConfidence;
    private final int flagMinLetters;

    ForeignStretches(LanguageDetector detector, double flagConfidence, int flagMinLetters) {
        this.detector = Objects.requireNonNull(detector, "detector");
        if (!(flagConfidence >= 0 && flagConfidence <= 1) || flagMinLetters < 0) {
            throw new IllegalArgumentException("bad thresholds " + flagConfidence + ", " + flagMinLetters);
        }
        this.flagConfidence = flagConfidence;
        this.flagMinLetters = flagMinLetters;
    }

    /**
     * The foreign stretches of {@code text}, in order and merged, and the letters of its
     * sentences called in the expected language.
     */
    Found in(String text, LanguageGuess paragraph, List<LanguageGuess> sentences, List<Span> spans,
             List<Span> quotes, Lang expected) {
        List<ForeignSpan> foreign = new ArrayList<>();
        int expectedLetters = 0;
        for (int s = 0; s < sentences.size(); s++) {
            LanguageGuess guess = sentences.get(s);
            Span span = spans.get(s);
            int letters = LanguageScores.countLetters(text, span.start(), span.end());
            if (isForeign(guess, letters, expected)) {
                boolean quoted = 2 * QuotedSpans.quotedLetters(text, span, quotes) >= letters;
                Span where = quoted ? QuotedSpans.quotedPart(span, quotes) : span;
                foreign.add(new ForeignSpan(where, guess.lang(), guess.confidence(), quoted));
            } else if (guess.lang() == expected) {
                expectedLetters += letters;
            }
        }
        addForeignQuotations(text, quotes, foreign, expected, sentences, spans);
        Span whole = new Span(0, text.length());
        int total = LanguageScores.countLetters(text);
        if (foreign.isEmpty() && isForeign(paragraph, total, expected)) {
            boolean quoted = 2 * QuotedSpans.quotedLetters(text, whole, quotes) >= total;
            foreign.add(new ForeignSpan(whole, paragraph.lang(), paragraph.confidence(), quoted));
        }
        return new Found(merge(text, foreign), expectedLetters);
    }

    private boolean isForeign(LanguageGuess guess, int letters, Lang expected) {
        return guess.isKnown() && guess.lang() != expected
                && guess.confidence() >= flagConfidence && letters >= flagMinLetters;
    }

    /**
     * Adds the quotations long enough to call that are foreign, skipping those already flagged
     * and those whose sentences' own languages already tell (sentences mostly quoted).
     */
    private void addForeignQuotations(String text, List<Span> quotes, List<ForeignSpan> foreign, Lang expected,
                                      List<LanguageGuess> sentences, List<Span> spans) {
        for (Span quote : quotes) {
            int letters = LanguageScores.countLetters(text, quote.start(), quote.end());
            if (letters < flagMinLetters || overlapsAny(quote, foreign)
                    || toldBySentences(text, quote, quotes, sentences, spans)) {
                continue;
            }
            LanguageGuess guess = detector.detect(quote.of(text));
            if (isForeign(guess, letters, expected)) {
                foreign.add(new ForeignSpan(quote, guess.lang(), guess.confidence(), true));
            }
        }
        foreign.sort(Comparator.comparingInt(f -> f.span().start()));
    }

    /**
     * Whether every sentence the quotation overlaps was called and is mostly quoted, so that
     * the sentence's language is already the quotation's.
     */
    private static boolean toldBySentences(String text, Span quote, List<Span> quotes, List<LanguageGuess> sentences,
                                           List<Span> spans) {
        for (int s = 0; s < spans.size(); s++) {
            Span span = spans.get(s);
            boolean overlaps = span.start() < quote.end() && quote.start() < span.end();
            if (overlaps && (!sentences.get(s).isKnown() || 2 * QuotedSpans.quotedLetters(text, span, quotes)
                    < LanguageScores.countLetters(text, span.start(), span.end()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlapsAny(Span span, List<ForeignSpan> foreign) {
        return foreign.stream().anyMatch(f -> f.span().start() < span.end() && span.start() < f.span().end());
    }

    /**
     * Joins foreign spans of the same language and quotedness that follow each other with no
     * letters between them (consecutive foreign sentences).
     */
    private static List<ForeignSpan> merge(String text, List<ForeignSpan> spans) {
        List<ForeignSpan> merged = new ArrayList<>();
        for (ForeignSpan span : spans) {
            int last = merged.size() - 1;
            if (last >= 0 && joins(text, merged.get(last), span)) {
                ForeignSpan previous = merged.get(last);
                merged.set(last, new ForeignSpan(new Span(previous.span().start(), span.span().end()),
                        span.language(), Math.min(previous.confidence(), span.confidence()), span.quoted()));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    private static boolean joins(String text, ForeignSpan previous, ForeignSpan next) {
        return previous.language() == next.language() && previous.quoted() == next.quoted()
                && previous.span().end() <= next.span().start()
                && LanguageScores.countLetters(text, previous.span().end(), next.span().start()) == 0;
    }
}
