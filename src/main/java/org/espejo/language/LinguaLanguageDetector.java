package org.espejo.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.espejo.text.Document;
import org.espejo.text.IcuSentenceSegmenter;
import org.espejo.text.Lang;
import org.espejo.text.SentenceSegmenter;

/**
 * Language detection with Lingua over Spanish, English and the languages most often mixed
 * into them (Portuguese, French, Italian, Catalan, German), so that "another language" can be
 * named.
 *
 * <p><b>Confidence.</b> Lingua's own values are relative (the winner always scores 1.0). Here
 * the confidence is calibrated: the measured probability, on the dev corpora, that a guess
 * with the same evidence names the right language (see {@link ConfidenceCalibration}).
 *
 * <p><b>Unknown.</b> Text with fewer than 10 letters, or whose calibrated confidence is below
 * 0.9, is {@link LanguageGuess#UNKNOWN}: too short, or too mixed, to call (a paragraph is also
 * too mixed when a third of its letters are in sentences of other languages). Measured on the
 * distinct sentences and paragraphs of the Spanish and English sides of the dev corpora
 * ({@code LanguageCalibration} in the test sources): the best guess is wrong for 0.6 % of
 * paragraphs and 0.9 % of sentences; these thresholds leave 1.6 % of paragraphs and 2.1 % of
 * sentences unknown (headings such as "Capítulo 1", names, one-word lines) and 0.20 % and
 * 0.28 % wrong among the rest. Accuracy against length: sentences of 4–9 letters are right
 * 75–89 % of the time, 10–19 letters 84–91 %, 20–39 letters 95–97 %, 40–59 letters 99 %,
 * 60 and more 99.7 %. What stays wrong is mostly not Spanish or English at all: foreign
 * names, titles, Latin and Italian verses.
 *
 * <p><b>Speed.</b> Lingua is run in its low-accuracy mode first and texts it does not call
 * clearly again in high-accuracy mode ({@link Accuracy#CASCADE}): as accurate as the
 * high-accuracy mode on the dev corpora (the low-accuracy mode alone makes two to three times
 * more errors on sentences), and cheaper. {@link #profile} splits each paragraph into sentences
 * (with the document's language, as the aligner does), detects each sentence once and derives
 * the paragraph's language from its sentences' evidence ({@link LanguageScores#combine}), so no
 * text is read twice. One side of the Quijote (2.1 million characters, about 5,000 paragraphs
 * and 10,000 sentences) took 4.2–6.1 CPU seconds, against 5.8–7.2 in high-accuracy mode, on a
 * busy two-core machine ({@code LanguageDetectionBenchmark} in the test sources). Paragraphs
 * are profiled on the calling thread: profiling them in parallel was slower there (Lingua
 * itself forks the work on short texts into the common pool).
 *
 * <p>Thread-safe. Building one loads Lingua's models for the seven languages (3–6 s, about
 * 200 MB of heap), so the application uses the one built by {@link #shared()}.
 */
public final class LinguaLanguageDetector implements LanguageDetector {

    /**
     * The share of a document's callable letters that one language needs for the document to
     * be called that language; below it, the document is mixed and its language unknown.
     */
    public static final double MIN_DOCUMENT_SHARE = 0.6;

    /**
     * Below this many letters, or this much evidence, a low-accuracy result is checked in
     * high-accuracy mode (see {@link Accuracy#CASCADE}).
     */
    static final int CASCADE_MIN_LETTERS = 30;
    /** See {@link #CASCADE_MIN_LETTERS}; evidence 8 is a confidence of about 0.997. */
    static final double CASCADE_MIN_EVIDENCE = 8;

    /** How Lingua is run. */
    enum Accuracy {
        /** Lingua's high-accuracy mode: 1- to 5-grams for texts under 120 characters, else trigrams. */
        HIGH,
        /** Lingua's low-accuracy mode: trigrams only. Fast, but poor on short texts. */
        LOW,
        /**
         * Low-accuracy mode first; texts it does not call clearly (under
         * {@link #CASCADE_MIN_LETTERS} letters or {@link #CASCADE_MIN_EVIDENCE} evidence) again
         * in high-accuracy mode. As accurate as {@link #HIGH} on the dev corpora, and faster.
         */
        CASCADE
    }

    private final Accuracy accuracy;
    private final com.github.pemistahl.lingua.api.LanguageDetector high;
    private final com.github.pemistahl.lingua.api.LanguageDetector low;
    private final DocumentProfiler profiler;

    LinguaLanguageDetector(Accuracy accuracy, SentenceSegmenter segmenter, boolean parallel) {
        this.accuracy = Objects.requireNonNull(accuracy, "accuracy");
        // Lingua keeps its models in static caches: the two detectors share them.
        this.high = LanguageDetectorBuilder.fromLanguages(LinguaLanguages.lingua())
                .withPreloadedLanguageModels()
                .build();
        this.low = LanguageDetectorBuilder.fromLanguages(LinguaLanguages.lingua())
                .withLowAccuracyMode()
                .build();
        this.profiler = new DocumentProfiler(this::scores, segmenter, parallel);
    }

    /** The one detector of the process, built on first use (loading the models takes seconds). */
    public static LinguaLanguageDetector shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        private static final LinguaLanguageDetector INSTANCE =
                new LinguaLanguageDetector(Accuracy.CASCADE, new IcuSentenceSegmenter(), false);
    }

    @Override
    public LanguageGuess detect(String text) {
        return ConfidenceCalibration.guess(scores(text));
    }

    @Override
    public DocumentLanguages profile(Document document) {
        return profiler.profile(Objects.requireNonNull(document, "document"));
    }

    /** The profiler behind {@link #profile}, for measurements. */
    DocumentProfiler profiler() {
        return profiler;
    }

    /** Lingua's evidence for {@code text}, as costs per language. */
    LanguageScores scores(String text) {
        Objects.requireNonNull(text, "text");
        int letters = LanguageScores.countLetters(text);
        if (letters == 0) {
            return LanguageScores.NONE;
        }
        return switch (accuracy) {
            case HIGH -> scores(high, text, letters);
            case LOW -> scores(low, text, letters);
            case CASCADE -> {
                LanguageScores quick = letters < CASCADE_MIN_LETTERS ? LanguageScores.NONE : scores(low, text, letters);
                yield quick.evidence() >= CASCADE_MIN_EVIDENCE ? quick : scores(high, text, letters);
            }
        };
    }

    private static LanguageScores scores(com.github.pemistahl.lingua.api.LanguageDetector lingua, String text,
                                         int letters) {
        SortedMap<Language, Double> relative = lingua.computeLanguageConfidenceValues(text);
        Map<Lang, Double> costs = new EnumMap<>(Lang.class);
        relative.forEach((language, value) -> {
            Lang lang = LinguaLanguages.of(language);
            if (lang.isKnown() && value > 0) {
                costs.put(lang, value >= 1.0 ? 1.0 : 1.0 / value);
            }
        });
        if (!costs.containsValue(1.0)) {
            return LanguageScores.NONE;
        }
        return new LanguageScores(costs, letters);
    }
}
