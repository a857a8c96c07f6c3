package org.espejo.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.espejo.text.IcuSentenceSegmenter;
import org.espejo.text.Lang;

/**
 * Measurement command (not a test): how often each side's paragraphs and sentences come out
 * as the side's language, on the dev corpora. For each corpus and side: wrong (called, but
 * another language), unknown, and the median length of both; paragraphs as {@code profile}
 * calls them and, for comparison, by {@code detect} on the whole paragraph text; sentences
 * are the gold ones of {@code *.segments.tsv} (the segmenter's for the Quijote); documents are
 * each dataset's side. The optional second argument picks the mode (CASCADE, HIGH or LOW).
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.espejo.language.LanguageAccuracyReport ../shared/corpora [CASCADE|HIGH|LOW] [-v]
 * </pre>
 * With {@code -v} every wrong paragraph is printed.
 */
final class LanguageAccuracyReport {

    /** Counts for one corpus side and unit. */
    private static final class Tally {
        int n;
        final List<Integer> wrongLetters = new ArrayList<>();
        final List<Integer> wrongWords = new ArrayList<>();
        final List<Integer> unknownLetters = new ArrayList<>();

        void add(String text, LanguageGuess guess, Lang expected) {
            n++;
            if (!guess.isKnown()) {
                unknownLetters.add(LanguageScores.countLetters(text));
            } else if (guess.lang() != expected) {
                wrongLetters.add(LanguageScores.countLetters(text));
                wrongWords.add(text.strip().split("\\s+").length);
            }
        }

        String row() {
            return String.format(Locale.ROOT, "%6d %6d %6.2f%% %6s %5s %6d %6.2f%% %6s", n, wrongLetters.size(),
                    100.0 * wrongLetters.size() / Math.max(1, n), median(wrongLetters), median(wrongWords),
                    unknownLetters.size(), 100.0 * unknownLetters.size() / Math.max(1, n), median(unknownLetters));
        }
    }

    private LanguageAccuracyReport() {
    }

    public static void main(String[] args) {
        DevCorpora corpora = DevCorpora.fromArgs(args);
        LinguaLanguageDetector.Accuracy accuracy = args.length > 1 && !args[1].startsWith("-")
                ? LinguaLanguageDetector.Accuracy.valueOf(args[1]) : LinguaLanguageDetector.Accuracy.CASCADE;
        boolean verbose = Arrays.asList(args).contains("-v");
        LinguaLanguageDetector detector = new LinguaLanguageDetector(accuracy, new IcuSentenceSegmenter(), false);
        System.out.println("mode " + accuracy + "; wrong = called as another language, unknown = not called; "
                + "median length of the wrong ones in letters and words, of the unknown ones in letters");
        System.out.printf(Locale.ROOT, "%-8s %-4s %-18s %6s %6s %7s %6s %5s %6s %7s %6s%n", "corpus", "side", "unit",
                "n", "wrong", "rate", "m.let", "m.wd", "unkn", "rate", "m.let");
        for (String corpus : DevCorpora.CORPORA) {
            for (Lang lang : List.of(Lang.SPANISH, Lang.ENGLISH)) {
                report(detector, corpus, lang, corpora.sides(corpus).stream().filter(s -> s.lang() == lang).toList(), verbose);
            }
        }
    }

    private static void report(LinguaLanguageDetector detector, String corpus, Lang lang, List<DevCorpora.Side> sides,
                               boolean verbose) {
        Tally profiled = new Tally();
        Tally direct = new Tally();
        Tally sentences = new Tally();
        Tally documents = new Tally();
        for (DevCorpora.Side side : sides) {
            DocumentLanguages languages = detector.profile(side.document());
            documents.add(String.join(" ", side.paragraphs()), languages.document(), lang);
            for (int i = 0; i < side.paragraphs().size(); i++) {
                String text = side.paragraphs().get(i);
                LanguageGuess guess = languages.paragraphs().get(i);
                profiled.add(text, guess, lang);
                direct.add(text, detector.detect(text), lang);
                if (verbose && guess.isKnown() && guess.lang() != lang) {
                    System.out.printf(Locale.ROOT, "  wrong %s %s %.3f: %s%n", side.dataset(), guess.lang().code(),
                            guess.confidence(), text.length() > 120 ? text.substring(0, 120) + "…" : text);
                }
                if (side.hasGoldSentences()) {
                    side.sentences().get(i).forEach(s -> sentences.add(s, detector.detect(s), lang));
                } else {
                    List<LanguageGuess> guesses = languages.sentences().get(i);
                    for (int s = 0; s < guesses.size(); s++) {
                        sentences.add(languages.sentenceSpans().get(i).get(s).of(text), guesses.get(s), lang);
                    }
                }
            }
        }
        String code = lang.code();
        System.out.printf(Locale.ROOT, "%-8s %-4s %-18s %s%n", corpus, code, "paragraphs", profiled.row());
        System.out.printf(Locale.ROOT, "%-8s %-4s %-18s %s%n", corpus, code, "paragraphs, direct", direct.row());
        System.out.printf(Locale.ROOT, "%-8s %-4s %-18s %s%n", corpus, code, "sentences", sentences.row());
        System.out.printf(Locale.ROOT, "%-8s %-4s %-18s %s%n", corpus, code, "documents", documents.row());
    }

    private static String median(List<Integer> values) {
        if (values.isEmpty()) {
            return "-";
        }
        List<Integer> sorted = values.stream().sorted().toList();
        return String.valueOf(sorted.get(sorted.size() / 2));
    }
}
