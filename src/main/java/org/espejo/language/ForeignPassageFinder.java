package org.espejo.language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.espejo.text.Document;
import org.espejo.text.Lang;
import org.espejo.text.Paragraph;
import org.espejo.text.Span;

/**
 * Finds untranslated and mixed passages on one side of a comparison: paragraphs, sentences and
 * quotations that are not in the side's language.
 *
 * <p>A sentence counts as foreign when its language is known, is not the side's, has a
 * calibrated confidence of at least {@link #FLAG_CONFIDENCE} and at least
 * {@link #FLAG_MIN_LETTERS} letters; so does a quotation of that length inside a sentence in
 * the side's language (the English tweet inside a Spanish sentence). A paragraph is then
 * <ul>
 * <li>{@link PassageStatus#UNTRANSLATED} or {@link PassageStatus#OTHER_LANGUAGE} when foreign
 * text makes up at least half of its letters (in the other side's language, or in a third
 * one), unless all of it is quoted and the rest is in the side's language;</li>
 * <li>{@link PassageStatus#MIXED_QUOTE} when it has foreign text but less (or only quoted);</li>
 * <li>{@link PassageStatus#SAME} when it has none and is in the side's language;</li>
 * <li>{@link PassageStatus#UNKNOWN} otherwise (too short or too uncertain).</li>
 * </ul>
 * Thread-safe if its detector is.
 */
public final class ForeignPassageFinder {

    /**
     * The confidence a sentence's foreign language needs to be flagged; stricter than the 0.9
     * below which a guess is unknown, because foreign text is rare, so false flags would
     * outnumber true ones.
     */
    static final double FLAG_CONFIDENCE = 0.99;
    /** The letters a sentence or quotation needs to be flagged. */
    static final int FLAG_MIN_LETTERS = 20;

    private final LanguageDetector detector;
    private final double flagConfidence;
    private final int flagMinLetters;

    /** A finder that detects quotations with {@code detector} (the application's shared one). */
    public ForeignPassageFinder(LanguageDetector detector) {
        this(detector, FLAG_CONFIDENCE, FLAG_MIN_LETTERS);
    }

    ForeignPassageFinder(LanguageDetector detector, double flagConfidence, int flagMinLetters) {
        this.detector = Objects.requireNonNull(detector, "detector");
        if (!(flagConfidence >= 0 && flagConfidence <= 1) || flagMinLetters < 0) {
            throw new IllegalArgumentException("bad thresholds " + flagConfidence + ", " + flagMinLetters);
        }
        this.flagConfidence = flagConfidence;
        this.flagMinLetters = flagMinLetters;
    }

    /**
     * The paragraphs of {@code document} with foreign text, in order.
     *
     * @param languages {@code document}'s profile
     * @param expected  the side's language, e.g. {@link Lang#SPANISH} for the Spanish side;
     *                  for Spanish and English, text in the other one is "untranslated"
     */
    public List<ForeignPassage> find(Document document, DocumentLanguages languages, Lang expected) {
        List<ForeignPassage> passages = new ArrayList<>();
        List<Classification> all = classify(document, languages, expected);
        for (int i = 0; i < all.size(); i++) {
            Classification c = all.get(i);
            if (c.status().isFlagged()) {
                passages.add(new ForeignPassage(i, c.status(), c.language(), c.spans()));
            }
        }
        return passages;
    }

    /** One status per paragraph of {@code document}, in order (see {@link #find}). */
    public List<PassageStatus> statuses(Document document, DocumentLanguages languages, Lang expected) {
        return classify(document, languages, expected).stream().map(Classification::status).toList();
    }

    /** The language whose text counts as "untranslated" on a side of {@code expected}. */
    static Lang counterpart(Lang expected) {
        return switch (expected) {
            case SPANISH -> Lang.ENGLISH;
            case ENGLISH -> Lang.SPANISH;
            default -> Lang.UNKNOWN;
        };
    }

    private List<Classification> classify(Document document, DocumentLanguages languages, Lang expected) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(languages, "languages");
        Objects.requireNonNull(expected, "expected");
        if (!expected.isKnown()) {
            throw new IllegalArgumentException("the side's language must be known");
        }
        if (languages.size() != document.size()) {
            throw new IllegalArgumentException("the profile is not of this document");
        }
        List<Classification> result = new ArrayList<>(document.size());
        for (Paragraph p : document.paragraphs()) {
            int i = p.index();
            result.add(classify(p.text(), languages.paragraphs().get(i), languages.sentences().get(i),
                    languages.sentenceSpans().get(i), expected));
        }
        return result;
    }

    private Classification classify(String text, LanguageGuess paragraph, List<LanguageGuess> sentences,
                                    List<Span> spans, Lang expected) {
        List<Span> quotes = QuotedSpans.in(text);
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
        addForeignQuotations(text, quotes, foreign, expected);
        int total = LanguageScores.countLetters(text);
        if (foreign.isEmpty() && paragraph.isKnown() && paragraph.lang() != expected
                && isForeign(paragraph, total, expected)) {
            foreign.add(new ForeignSpan(new Span(0, text.length()), paragraph.lang(), paragraph.confidence(),
                    2 * QuotedSpans.quotedLetters(text, new Span(0, text.length()), quotes) >= total));
        }
        if (foreign.isEmpty()) {
            boolean same = paragraph.lang() == expected || (!paragraph.isKnown() && expectedLetters > 0);
            return new Classification(same ? PassageStatus.SAME : PassageStatus.UNKNOWN, Lang.UNKNOWN, List.of());
        }
        return foreignClassification(text, merge(text, foreign), total, quotes, expected);
    }

    private boolean isForeign(LanguageGuess guess, int letters, Lang expected) {
        return guess.isKnown() && guess.lang() != expected
                && guess.confidence() >= flagConfidence && letters >= flagMinLetters;
    }

    /** Quotations long enough to call, inside text not already flagged, that are foreign. */
    private void addForeignQuotations(String text, List<Span> quotes, List<ForeignSpan> foreign, Lang expected) {
        for (Span quote : quotes) {
            int letters = LanguageScores.countLetters(text, quote.start(), quote.end());
            if (letters < flagMinLetters || overlapsAny(quote, foreign)) {
                continue;
            }
            LanguageGuess guess = detector.detect(quote.of(text));
            if (isForeign(guess, letters, expected)) {
                foreign.add(new ForeignSpan(quote, guess.lang(), guess.confidence(), true));
            }
        }
        foreign.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    }

    private static boolean overlapsAny(Span span, List<ForeignSpan> foreign) {
        return foreign.stream().anyMatch(f -> f.span().start() < span.end() && span.start() < f.span().end());
    }

    private Classification foreignClassification(String text, List<ForeignSpan> foreign, int total,
                                                 List<Span> quotes, Lang expected) {
        Map<Lang, Integer> letters = new EnumMap<>(Lang.class);
        for (ForeignSpan f : foreign) {
            letters.merge(f.language(), LanguageScores.countLetters(text, f.span().start(), f.span().end()), Integer::sum);
        }
        int foreignLetters = letters.values().stream().mapToInt(Integer::intValue).sum();
        Lang dominant = letters.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        boolean mostlyForeign = 2 * foreignLetters >= total;
        PassageStatus status;
        if (!mostlyForeign || (foreign.stream().allMatch(ForeignSpan::quoted) && framedInExpected(text, quotes, expected))) {
            status = PassageStatus.MIXED_QUOTE;
        } else {
            status = dominant == counterpart(expected) ? PassageStatus.UNTRANSLATED : PassageStatus.OTHER_LANGUAGE;
        }
        return new Classification(status, dominant, foreign);
    }

    /** Whether the text outside the quotations is in the expected language ("—dijo el ministro"). */
    private boolean framedInExpected(String text, List<Span> quotes, Lang expected) {
        StringBuilder outside = new StringBuilder(text);
        for (Span q : quotes) {
            for (int i = q.start(); i < q.end(); i++) {
                outside.setCharAt(i, ' ');
            }
        }
        return detector.detect(outside.toString()).lang() == expected;
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

    /** One paragraph's status, with its foreign language and spans when flagged. */
    private record Classification(PassageStatus status, Lang language, List<ForeignSpan> spans) {
    }
}
