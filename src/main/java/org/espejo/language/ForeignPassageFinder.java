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
 * one), unless all of it is quoted and the text around the quotations is in the side's
 * language;</li>
 * <li>{@link PassageStatus#MIXED_QUOTE} when it has foreign text but less, or only quoted;</li>
 * <li>{@link PassageStatus#SAME} when it has none and is in the side's language;</li>
 * <li>{@link PassageStatus#UNKNOWN} otherwise (too short or too uncertain).</li>
 * </ul>
 *
 * <p>Measured by planting foreign text in both sides of the clean WMT news and Bible datasets
 * ({@code ForeignPassageEvaluation} in the test sources), at the default thresholds: 96 % of
 * paragraphs replaced by their translation come out {@link PassageStatus#UNTRANSLATED} (most
 * misses are headlines too short to call), 88 % of single sentences replaced by their
 * translation and 93 % of translated sentences planted in quotation marks come out
 * {@link PassageStatus#MIXED_QUOTE} with a span on them, 99 % of German or French paragraphs
 * come out {@link PassageStatus#OTHER_LANGUAGE}; 3.3 untouched paragraphs in 1,000 are
 * flagged, about half of them rightly (foreign titles, names and quotations in the originals).
 *
 * <p>Thread-safe if its detector is.
 */
public final class ForeignPassageFinder {

    /**
     * The confidence a sentence's foreign language needs to be flagged; stricter than the 0.9
     * below which a guess is unknown, because foreign text is rare, so false flags would soon
     * outnumber true ones. Untouched paragraphs flagged per 1,000: 13 at 0.9, 8.7 at 0.95, 3.3
     * at 0.99, 0.8 at 0.999; planted single sentences found: 92 %, 91 %, 88 %, 59 %.
     */
    static final double FLAG_CONFIDENCE = 0.99;
    /** The letters a sentence or quotation needs to be flagged. */
    static final int FLAG_MIN_LETTERS = 20;

    private final LanguageDetector detector;
    private final ForeignStretches stretches;

    /** A finder that detects quotations with {@code detector} (the application's shared one). */
    public ForeignPassageFinder(LanguageDetector detector) {
        this(detector, FLAG_CONFIDENCE, FLAG_MIN_LETTERS);
    }

    ForeignPassageFinder(LanguageDetector detector, double flagConfidence, int flagMinLetters) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.stretches = new ForeignStretches(detector, flagConfidence, flagMinLetters);
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
        ForeignStretches.Found found = stretches.in(text, paragraph, sentences, spans, quotes, expected);
        if (found.spans().isEmpty()) {
            boolean same = paragraph.lang() == expected || (!paragraph.isKnown() && found.expectedLetters() > 0);
            return new Classification(same ? PassageStatus.SAME : PassageStatus.UNKNOWN, Lang.UNKNOWN, List.of());
        }
        Map<Lang, Integer> letters = new EnumMap<>(Lang.class);
        for (ForeignSpan f : found.spans()) {
            letters.merge(f.language(), LanguageScores.countLetters(text, f.span().start(), f.span().end()),
                    Integer::sum);
        }
        int foreignLetters = letters.values().stream().mapToInt(Integer::intValue).sum();
        Lang dominant = letters.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        boolean mostlyForeign = 2 * foreignLetters >= LanguageScores.countLetters(text);
        PassageStatus status;
        if (!mostlyForeign || (found.spans().stream().allMatch(ForeignSpan::quoted)
                && framedInExpected(text, quotes, expected))) {
            status = PassageStatus.MIXED_QUOTE;
        } else {
            status = dominant == counterpart(expected) ? PassageStatus.UNTRANSLATED : PassageStatus.OTHER_LANGUAGE;
        }
        return new Classification(status, dominant, found.spans());
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

    /** One paragraph's status, with its foreign language and spans when flagged. */
    private record Classification(PassageStatus status, Lang language, List<ForeignSpan> spans) {
    }
}
