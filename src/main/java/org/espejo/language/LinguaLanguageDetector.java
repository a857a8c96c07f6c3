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
 * 0.9, is {@link LanguageGuess#UNKNOWN}: too short, or too mixed, to call. Measured on the
 * Spanish and English sides of the dev corpora, this leaves 2.5 % of paragraphs and 2.8 % of
 * sentences unknown (mostly headlines, names and one-word lines) and brings the error rate of
 * the rest from 0.8–1.0 % to 0.2–0.3 %; the errors left are mostly foreign names and titles.
 *
 * <p><b>Documents.</b> {@link #profile} splits each paragraph into sentences (with the
 * document's language, as the aligner does), detects each sentence once and derives the
 * paragraph's language from its sentences' evidence ({@link LanguageScores#combine}), so no
 * text is read twice. Paragraphs are profiled in parallel.
 *
 * <p>Thread-safe. Building one loads Lingua's models for the seven languages (about 3 s and
 * 150 MB of heap), so the application uses the one built by {@link #shared()}.
 */
public final class LinguaLanguageDetector implements LanguageDetector {

    /**
     * The share of a document's callable letters that one language needs for the document to
     * be called that language; below it, the document is mixed and its language unknown.
     */
    public static final double MIN_DOCUMENT_SHARE = 0.6;

    /** Lingua's accuracy mode: high uses 1- to 5-grams on short texts, low only trigrams. */
    enum Accuracy {
        HIGH,
        LOW
    }

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
    private final DocumentProfiler profiler;

    LinguaLanguageDetector(Accuracy accuracy, SentenceSegmenter segmenter, boolean parallel) {
        Objects.requireNonNull(accuracy, "accuracy");
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(LinguaLanguages.lingua())
                .withPreloadedLanguageModels();
        if (accuracy == Accuracy.LOW) {
            builder = builder.withLowAccuracyMode();
        }
        this.lingua = builder.build();
        this.profiler = new DocumentProfiler(this::scores, segmenter, parallel);
    }

    /** The one detector of the process, built on first use (loading the models takes seconds). */
    public static LinguaLanguageDetector shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        private static final LinguaLanguageDetector INSTANCE =
                new LinguaLanguageDetector(Accuracy.HIGH, new IcuSentenceSegmenter(), true);
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
