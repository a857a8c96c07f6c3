package org.espejo.language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.espejo.text.IcuSentenceSegmenter;
import org.espejo.text.Paragraph;

/**
 * Measurement command (not a test): fits {@link ConfidenceCalibration}'s table and prints
 * accuracy against length, the calibration table and the coverage/error trade-off of the
 * unknown thresholds, on the Spanish and English sides of the dev corpora.
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.espejo.language.LanguageCalibration ../shared/corpora
 * </pre>
 */
final class LanguageCalibration {

    /** One sentence or paragraph: how much evidence it had, and whether the best guess was right. */
    record Observation(String corpus, String unit, int letters, int words, double evidence, int languages, boolean right) {
    }

    private LanguageCalibration() {
    }

    public static void main(String[] args) {
        DevCorpora corpora = DevCorpora.fromArgs(args);
        LinguaLanguageDetector detector = new LinguaLanguageDetector(
                LinguaLanguageDetector.Accuracy.CASCADE, new IcuSentenceSegmenter(), false);
        List<Observation> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String corpus : DevCorpora.CORPORA) {
            for (DevCorpora.Side side : corpora.sides(corpus)) {
                observe(detector, side, all, seen);
            }
        }
        String dump = System.getProperty("dump");
        if (dump != null) {
            write(all, java.nio.file.Path.of(dump));
        }
        System.out.printf(Locale.ROOT, "observations: %d distinct (%d paragraphs, %d sentences)%n", all.size(),
                all.stream().filter(o -> o.unit().equals("paragraph")).count(),
                all.stream().filter(o -> o.unit().equals("sentence")).count());
        System.out.println("fitted on all corpora (paste into ConfidenceCalibration):");
        System.out.println(IsotonicFit.fit(all).asJava());
        for (String heldOut : DevCorpora.CORPORA) {
            IsotonicFit others = IsotonicFit.fit(all.stream().filter(o -> !o.corpus().equals(heldOut)).toList());
            new CalibrationTables(all, others::probability).reliability(heldOut,
                    "fitted without " + heldOut);
        }
        CalibrationTables tables = new CalibrationTables(all, o -> ConfidenceCalibration.confidence(o.evidence()));
        for (String unit : List.of("paragraph", "sentence")) {
            tables.accuracyByLetters(unit);
            tables.accuracyByWords(unit);
        }
        for (String corpus : DevCorpora.CORPORA) {
            tables.reliability(corpus, "compiled table");
        }
        for (String unit : List.of("paragraph", "sentence")) {
            tables.thresholds(unit);
        }
    }

    /**
     * Sentences: the gold ones where there are, else the segmenter's; paragraphs: as profiled.
     * Each distinct text counts once per corpus (the Bible repeats "Capítulo 1" … in every book).
     */
    private static void observe(LinguaLanguageDetector detector, DevCorpora.Side side, List<Observation> out,
                                Set<String> seen) {
        for (int i = 0; i < side.paragraphs().size(); i++) {
            String text = side.paragraphs().get(i);
            DocumentProfiler.ParagraphEvidence evidence =
                    detector.profiler().evidence(Paragraph.body(i, text), side.lang());
            if (seen.add(side.corpus() + "\tparagraph\t" + text)) {
                out.add(observation(side, "paragraph", text, evidence.combined()));
            }
            if (side.hasGoldSentences()) {
                for (String sentence : side.sentences().get(i)) {
                    if (seen.add(side.corpus() + "\tsentence\t" + sentence)) {
                        out.add(observation(side, "sentence", sentence, detector.scores(sentence)));
                    }
                }
            } else {
                for (int s = 0; s < evidence.spans().size(); s++) {
                    String sentence = evidence.spans().get(s).of(text);
                    if (seen.add(side.corpus() + "\tsentence\t" + sentence)) {
                        out.add(observation(side, "sentence", sentence, evidence.sentenceScores().get(s)));
                    }
                }
            }
        }
    }

    private static Observation observation(DevCorpora.Side side, String unit, String text, LanguageScores scores) {
        int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        return new Observation(side.corpus(), unit, LanguageScores.countLetters(text), words,
                scores.evidence(), scores.costs().size(), scores.best() == side.lang());
    }

    private static void write(List<Observation> observations, java.nio.file.Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("corpus\tunit\tletters\twords\tevidence\tlanguages\tright");
        for (Observation o : observations) {
            lines.add(String.join("\t", o.corpus(), o.unit(), String.valueOf(o.letters()), String.valueOf(o.words()),
                    String.valueOf(o.evidence()), String.valueOf(o.languages()), o.right() ? "1" : "0"));
        }
        try {
            java.nio.file.Files.write(file, lines);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
