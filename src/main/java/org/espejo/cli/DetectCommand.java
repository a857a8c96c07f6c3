package org.espejo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.espejo.ingest.DocumentExtractor;
import org.espejo.ingest.ExtractionException;
import org.espejo.ingest.ExtractionLimits;
import org.espejo.ingest.TextSplit;
import org.espejo.language.DocumentLanguages;
import org.espejo.language.ForeignPassageFinder;
import org.espejo.language.LanguageGuess;
import org.espejo.language.LinguaLanguageDetector;
import org.espejo.language.PassageStatus;
import org.espejo.text.Document;
import org.espejo.text.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code detect FILE}: the language of the document, then of each paragraph (index, language,
 * confidence, first words), as {@code extract} numbers them. With {@code --side es|en}, each
 * paragraph also gets its status on a side of that language (untranslated, mixed quote…).
 */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Prints the language of the document and of each paragraph, with its confidence.")
final class DetectCommand implements Callable<Integer> {

    private static final int FIRST_WORDS = 8;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the document (any format Espejo reads)")
    private Path file;

    @Option(names = "--split", paramLabel = "blank|line",
            description = "plain text: paragraphs are blank-line separated blocks, or single lines"
                    + " (default: blocks if the text has blank lines)")
    private String split;

    @Option(names = "--side", paramLabel = "es|en",
            description = "also show each paragraph's status on a side in this language"
                    + " (untranslated, mixed quote, …)")
    private String side;

    @Override
    public Integer call() {
        TextSplit textSplit = textSplit();
        Lang sideLang = sideLanguage();
        PrintWriter out = spec.commandLine().getOut();
        Document document;
        try {
            document = new DocumentExtractor(ExtractionLimits.DEFAULT).extract(file, textSplit);
        } catch (ExtractionException e) {
            spec.commandLine().getErr().println(
                    "Cannot read " + file + ": " + ExtractionMessages.of(e, ExtractionLimits.DEFAULT) + ".");
            return 1;
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("Cannot read " + file + ": no such file.");
            return 1;
        } catch (IOException e) {
            spec.commandLine().getErr().println("Cannot read " + file + ": " + e);
            return 1;
        }
        LinguaLanguageDetector detector = LinguaLanguageDetector.shared();
        DocumentLanguages languages = detector.profile(document);
        List<PassageStatus> statuses = sideLang.isKnown()
                ? new ForeignPassageFinder(detector).statuses(document, languages, sideLang)
                : List.of();
        out.println("document\t" + describe(languages.document()) + "\t" + shares(languages));
        for (int i = 0; i < document.size(); i++) {
            out.println(i + "\t" + describe(languages.paragraphs().get(i))
                    + (statuses.isEmpty() ? "" : "\t" + statuses.get(i))
                    + "\t" + firstWords(document.paragraphs().get(i).text()));
        }
        out.flush();
        return 0;
    }

    private TextSplit textSplit() {
        if (split == null) {
            return TextSplit.AUTO;
        }
        return switch (split.toLowerCase(Locale.ROOT)) {
            case "blank" -> TextSplit.BLANK;
            case "line" -> TextSplit.LINE;
            default -> throw new ParameterException(spec.commandLine(), "--split must be blank or line, not " + split);
        };
    }

    private Lang sideLanguage() {
        if (side == null) {
            return Lang.UNKNOWN;
        }
        return Lang.fromCode(side).filter(Lang::isKnown).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "--side must be a language code such as es or en, not " + side));
    }

    /** Language code and confidence, rounded down so that 0.9996 does not read as certainty. */
    private static String describe(LanguageGuess guess) {
        double roundedDown = Math.floor(guess.confidence() * 1000) / 1000;
        return guess.lang().code() + "\t" + String.format(Locale.ROOT, "%.3f", roundedDown);
    }

    private static String shares(DocumentLanguages languages) {
        return languages.shares().entrySet().stream()
                .sorted(Map.Entry.<Lang, Double>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s %.1f%%", e.getKey().code(), 100 * e.getValue()))
                .collect(Collectors.joining(", "));
    }

    static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= FIRST_WORDS) {
            return String.join(" ", words);
        }
        return String.join(" ", java.util.Arrays.copyOf(words, FIRST_WORDS)) + " …";
    }
}
