package org.espejo.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.espejo.text.Document;
import org.espejo.text.IcuSentenceSegmenter;
import org.espejo.text.Lang;
import org.espejo.text.Paragraph;
import org.espejo.text.Sentence;
import org.espejo.text.SentenceSegmenter;

/**
 * Language detection with Lingua over Spanish, English and the languages most often mixed
 * into them. Lingua's confidences are relative (the winner scores 1.0); the confidence of a
 * guess here is the winner's margin over the runner-up. Text with fewer letters than
 * {@link #MIN_LETTERS} is {@link LanguageGuess#UNKNOWN}. Thread-safe; use {@link #shared()}.
 */
public final class LinguaLanguageDetector implements LanguageDetector {

    /** Below this many letters a guess is not trusted. */
    static final int MIN_LETTERS = 12;

    private static final Map<Lang, Language> LINGUA = new EnumMap<>(Map.of(
            Lang.SPANISH, Language.SPANISH,
            Lang.ENGLISH, Language.ENGLISH,
            Lang.PORTUGUESE, Language.PORTUGUESE,
            Lang.FRENCH, Language.FRENCH,
            Lang.ITALIAN, Language.ITALIAN,
            Lang.CATALAN, Language.CATALAN,
            Lang.GERMAN, Language.GERMAN));

    private final com.github.pemistahl.lingua.api.LanguageDetector detector;
    private final SentenceSegmenter segmenter;

    private LinguaLanguageDetector() {
        this.detector = LanguageDetectorBuilder
                .fromLanguages(LINGUA.values().toArray(new Language[0]))
                .build();
        this.segmenter = new IcuSentenceSegmenter();
    }

    /** The one detector of the process, built on first use (loading models takes a second). */
    public static LinguaLanguageDetector shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        private static final LinguaLanguageDetector INSTANCE = new LinguaLanguageDetector();
    }

    @Override
    public LanguageGuess detect(String text) {
        if (letters(text) < MIN_LETTERS) {
            return LanguageGuess.UNKNOWN;
        }
        SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(text);
        if (values.isEmpty()) {
            return LanguageGuess.UNKNOWN;
        }
        List<Map.Entry<Language, Double>> ranked = new ArrayList<>(values.entrySet());
        ranked.sort(Map.Entry.<Language, Double>comparingByValue().reversed());
        Language best = ranked.get(0).getKey();
        double runnerUp = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        return new LanguageGuess(toLang(best), clamp(1 - runnerUp));
    }

    @Override
    public DocumentLanguages profile(Document document) {
        List<LanguageGuess> paragraphs = new ArrayList<>(document.size());
        List<List<LanguageGuess>> sentences = new ArrayList<>(document.size());
        for (Paragraph p : document.paragraphs()) {
            LanguageGuess guess = detect(p.text());
            paragraphs.add(guess);
            List<LanguageGuess> inParagraph = new ArrayList<>();
            for (Sentence s : segmenter.split(p.index(), p.text(), guess.lang())) {
                inParagraph.add(detect(s.text()));
            }
            sentences.add(inParagraph);
        }
        return new DocumentLanguages(detectDocument(document), paragraphs, sentences);
    }

    private LanguageGuess detectDocument(Document document) {
        StringBuilder sample = new StringBuilder();
        for (Paragraph p : document.paragraphs()) {
            if (sample.length() > 20_000) {
                break;
            }
            sample.append(p.text()).append('\n');
        }
        return detect(sample.toString());
    }

    private static Lang toLang(Language language) {
        return LINGUA.entrySet().stream()
                .filter(e -> e.getValue() == language)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(Lang.UNKNOWN);
    }

    private static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
