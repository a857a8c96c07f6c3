package org.espejo.language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.espejo.text.Document;
import org.espejo.text.Lang;
import org.espejo.text.Paragraph;
import org.espejo.text.Sentence;
import org.espejo.text.SentenceSegmenter;
import org.espejo.text.Span;

/**
 * Profiles a document sentence by sentence: each sentence is scored once, each paragraph's
 * language comes from its sentences' combined evidence, and the document's from the letter
 * shares of its paragraphs. Thread-safe if its scorer and segmenter are.
 */
final class DocumentProfiler {

    /** Characters read from the start of a document to choose the segmentation rules. */
    private static final int HINT_SAMPLE_CHARS = 2_000;

    private final Function<String, LanguageScores> scorer;
    private final SentenceSegmenter segmenter;
    private final boolean parallel;

    DocumentProfiler(Function<String, LanguageScores> scorer, SentenceSegmenter segmenter, boolean parallel) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.parallel = parallel;
    }

    DocumentLanguages profile(Document document) {
        Lang rules = segmentationLanguage(document);
        IntStream indices = IntStream.range(0, document.size());
        List<ProfiledParagraph> profiled = (parallel ? indices.parallel() : indices)
                .mapToObj(i -> profile(document.paragraphs().get(i), rules))
                .toList();
        return summarise(profiled);
    }

    /** The language whose sentence rules split the document: a guess from its first lines. */
    private Lang segmentationLanguage(Document document) {
        StringBuilder sample = new StringBuilder();
        for (Paragraph p : document.paragraphs()) {
            if (sample.length() >= HINT_SAMPLE_CHARS) {
                break;
            }
            sample.append(p.text()).append('\n');
        }
        return ConfidenceCalibration.guess(scorer.apply(sample.toString())).lang();
    }

    private ProfiledParagraph profile(Paragraph paragraph, Lang rules) {
        ParagraphEvidence evidence = evidence(paragraph, rules);
        return new ProfiledParagraph(ConfidenceCalibration.combinedGuess(evidence.sentenceScores()),
                evidence.sentenceScores().stream().map(ConfidenceCalibration::guess).toList(),
                evidence.spans(), LanguageScores.countLetters(paragraph.text()), evidence.sentenceScores());
    }

    /**
     * The evidence of each sentence of {@code paragraph}, split with {@code rules} (and further
     * into {@link LanguageRuns} where its parts are in different languages), and of the whole.
     */
    ParagraphEvidence evidence(Paragraph paragraph, Lang rules) {
        List<Sentence> sentences = segmenter.split(paragraph.index(), paragraph.text(), rules);
        List<LanguageScores> scores = new ArrayList<>(sentences.size());
        List<Span> spans = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            for (LanguageRuns.Run run : LanguageRuns.of(paragraph.text(), sentence.span(), scorer)) {
                scores.add(run.scores());
                spans.add(run.span());
            }
        }
        return new ParagraphEvidence(spans, scores, LanguageScores.combine(scores));
    }

    /** A paragraph's sentences, the evidence found in each, and in all of them together. */
    record ParagraphEvidence(List<Span> spans, List<LanguageScores> sentenceScores, LanguageScores combined) {
    }

    private static DocumentLanguages summarise(List<ProfiledParagraph> paragraphs) {
        Map<Lang, Double> letters = new EnumMap<>(Lang.class);
        for (ProfiledParagraph p : paragraphs) {
            letters.merge(p.guess().lang(), (double) p.letters(), Double::sum);
        }
        double total = letters.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<Lang, Double> shares = new EnumMap<>(Lang.class);
        if (total > 0) {
            letters.forEach((lang, n) -> shares.put(lang, n / total));
        }
        return new DocumentLanguages(documentGuess(letters, paragraphs),
                paragraphs.stream().map(ProfiledParagraph::guess).toList(),
                paragraphs.stream().map(ProfiledParagraph::sentences).toList(),
                paragraphs.stream().map(ProfiledParagraph::spans).toList(),
                shares);
    }

    /**
     * The language with most of the letters of the paragraphs that could be called, if it has
     * at least {@link LinguaLanguageDetector#MIN_DOCUMENT_SHARE} of them; when no paragraph
     * could be called (a list of short lines), the combined evidence of all sentences.
     */
    private static LanguageGuess documentGuess(Map<Lang, Double> letters, List<ProfiledParagraph> paragraphs) {
        double known = letters.entrySet().stream()
                .filter(e -> e.getKey().isKnown())
                .mapToDouble(Map.Entry::getValue)
                .sum();
        if (known == 0) {
            return ConfidenceCalibration.guess(LanguageScores.combine(
                    paragraphs.stream().flatMap(p -> p.scores().stream()).toList()));
        }
        Map.Entry<Lang, Double> top = letters.entrySet().stream()
                .filter(e -> e.getKey().isKnown())
                .max(Map.Entry.comparingByValue())
                .orElseThrow();
        double share = top.getValue() / known;
        return share < LinguaLanguageDetector.MIN_DOCUMENT_SHARE
                ? LanguageGuess.UNKNOWN
                : new LanguageGuess(top.getKey(), share);
    }

    /** One paragraph's results, before they are gathered into a {@link DocumentLanguages}. */
    private record ProfiledParagraph(LanguageGuess guess, List<LanguageGuess> sentences, List<Span> spans,
                                     int letters, List<LanguageScores> scores) {
    }
}
