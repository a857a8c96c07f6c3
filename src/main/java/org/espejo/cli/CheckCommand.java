package org.espejo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.espejo.align.Alignment;
import org.espejo.align.BandedAligner;
import org.espejo.align.Bitext;
import org.espejo.align.SentenceAligner;
import org.espejo.check.AlignedStory;
import org.espejo.check.CheckEngine;
import org.espejo.check.CheckSettings;
import org.espejo.check.CheckType;
import org.espejo.check.Dismissals;
import org.espejo.check.Finding;
import org.espejo.check.FindingMessages;
import org.espejo.check.FindingsCsvWriter;
import org.espejo.check.FindingsJsonWriter;
import org.espejo.check.FindingsTextWriter;
import org.espejo.check.Glossary;
import org.espejo.check.GlossaryException;
import org.espejo.check.GlossaryReader;
import org.espejo.check.StoryBuilder;
import org.espejo.ingest.DocumentExtractor;
import org.espejo.ingest.ExtractionException;
import org.espejo.ingest.ExtractionLimits;
import org.espejo.ingest.TextSplit;
import org.espejo.language.LanguageDetector;
import org.espejo.language.LanguageGuess;
import org.espejo.language.LinguaLanguageDetector;
import org.espejo.text.Document;
import org.espejo.text.IcuSentenceSegmenter;
import org.espejo.text.Lang;
import org.espejo.text.Paragraph;
import org.espejo.text.Sentence;
import org.espejo.text.SentenceSegmenter;
import org.espejo.text.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check ES_FILE EN_FILE}: extracts both files, detects their languages, aligns
 * paragraphs and sentences, runs the consistency checks and prints the findings with a count
 * per check. Exit status 0 whether or not there are findings; 1 when an input cannot be read.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks a translation for consistency (numbers, names, omissions, untranslated text, "
                + "inconsistent repeats, terminology, typography, name and term variants) and prints the findings.")
final class CheckCommand implements Callable<Integer> {

    enum Format { TEXT, TSV, JSON }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ES_FILE", description = "The Spanish text (shown on the left).")
    private Path leftFile;

    @Parameters(index = "1", paramLabel = "EN_FILE", description = "The English text (shown on the right).")
    private Path rightFile;

    @Option(names = "--glossary", paramLabel = "FILE", description = "Term pairs as CSV, TSV or TBX.")
    private Path glossaryFile;

    @Option(names = "--format", description = "text, tsv or json (default: ${DEFAULT-VALUE}).", defaultValue = "text",
            converter = FormatConverter.class)
    private Format format;

    @Option(names = "--disable", split = ",", paramLabel = "TYPE",
            description = "Checks to switch off: numbers, names, omissions, untranslated, inconsistency, terminology, typography, variants.")
    private List<String> disabled = new ArrayList<>();

    @Option(names = "--split", description = "How plain text is cut into paragraphs: auto, blank or line (default: ${DEFAULT-VALUE}).",
            defaultValue = "auto", converter = TextSplitConverter.class)
    private TextSplit split;

    @Option(names = "--no-language", description = "Skip language detection (faster; the wrong-language test is not run).")
    private boolean noLanguage;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<CheckType> off = new ArrayList<>();
        for (String id : disabled) {
            var type = CheckType.fromId(id);
            if (type.isEmpty()) {
                err.println("check: unknown check type '" + id + "'");
                return 2;
            }
            off.add(type.get());
        }
        Document left;
        Document right;
        Glossary glossary = Glossary.EMPTY;
        try {
            DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.DEFAULT);
            left = extractor.extract(leftFile, split);
            right = extractor.extract(rightFile, split);
            if (glossaryFile != null) {
                glossary = GlossaryReader.read(glossaryFile);
            }
        } catch (ExtractionException | IOException | GlossaryException e) {
            err.println("check: cannot read input: " + e.getMessage());
            return 1;
        }
        AlignedStory story = story(left, right, noLanguage ? null : LinguaLanguageDetector.shared());
        List<Finding> findings = new CheckEngine().run(story, CheckSettings.DEFAULT.without(off), glossary);
        print(story, findings);
        return 0;
    }

    /** Aligns two documents and builds the story the checks read; {@code detector} may be null. */
    static AlignedStory story(Document left, Document right, LanguageDetector detector) {
        Lang leftLang = Lang.SPANISH;
        Lang rightLang = Lang.ENGLISH;
        List<LanguageGuess> leftGuesses = List.of();
        List<LanguageGuess> rightGuesses = List.of();
        if (detector != null) {
            leftGuesses = guesses(left, detector);
            rightGuesses = guesses(right, detector);
            Lang detectedLeft = documentLang(left, detector);
            Lang detectedRight = documentLang(right, detector);
            if (detectedLeft.isKnown() && detectedRight.isKnown() && detectedLeft != detectedRight) {
                leftLang = detectedLeft;
                rightLang = detectedRight;
            }
        }
        SentenceSegmenter segmenter = new IcuSentenceSegmenter();
        List<List<Sentence>> leftSentences = sentences(left, leftLang, segmenter);
        List<List<Sentence>> rightSentences = sentences(right, rightLang, segmenter);
        Alignment paragraphs = new BandedAligner().align(new Bitext(left.texts(), leftLang, right.texts(), rightLang));
        List<Alignment> groups = new SentenceAligner().align(paragraphs, texts(leftSentences), texts(rightSentences)).groups();
        StoryBuilder builder = new StoryBuilder(leftLang, rightLang)
                .paragraphs(left.texts(), right.texts())
                .kinds(left.paragraphs().stream().map(Paragraph::kind).toList(),
                        right.paragraphs().stream().map(Paragraph::kind).toList())
                .sentences(spans(leftSentences), spans(rightSentences))
                .alignment(paragraphs)
                .sentenceLinks(groups);
        if (detector != null) {
            builder.languages(leftGuesses, rightGuesses)
                    .sentenceLanguages(sentenceGuesses(leftSentences, detector), sentenceGuesses(rightSentences, detector));
        }
        return builder.build();
    }

    /**
     * The document's language. The command's arguments say Spanish then English; detection
     * overrides that only when it finds two different languages (swapped files, another pair),
     * so that an untranslated English file is still checked as the English side.
     */
    private static Lang documentLang(Document doc, LanguageDetector detector) {
        StringBuilder sample = new StringBuilder();
        for (String text : doc.texts()) {
            if (sample.length() > 20_000) {
                break;
            }
            sample.append(text).append('\n');
        }
        return detector.detect(sample.toString()).lang();
    }

    private static List<LanguageGuess> guesses(Document doc, LanguageDetector detector) {
        return doc.texts().stream().map(detector::detect).toList();
    }

    /** Sentence guesses for sentences of multi-sentence paragraphs; others are not judged. */
    private static List<List<LanguageGuess>> sentenceGuesses(List<List<Sentence>> sentences, LanguageDetector detector) {
        List<List<LanguageGuess>> all = new ArrayList<>(sentences.size());
        for (List<Sentence> paragraph : sentences) {
            all.add(paragraph.size() < 2 ? paragraph.stream().map(s -> LanguageGuess.UNKNOWN).toList()
                    : paragraph.stream().map(s -> detector.detect(s.text())).toList());
        }
        return all;
    }

    private static List<List<Sentence>> sentences(Document doc, Lang lang, SentenceSegmenter segmenter) {
        List<List<Sentence>> all = new ArrayList<>(doc.size());
        for (Paragraph p : doc.paragraphs()) {
            all.add(segmenter.split(p.index(), p.text(), lang));
        }
        return all;
    }

    private static List<List<String>> texts(List<List<Sentence>> sentences) {
        return sentences.stream().map(l -> l.stream().map(Sentence::text).toList()).toList();
    }

    private static List<List<Span>> spans(List<List<Sentence>> sentences) {
        return sentences.stream().map(l -> l.stream().map(Sentence::span).toList()).toList();
    }

    private void print(AlignedStory story, List<Finding> findings) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        FindingMessages messages = FindingMessages.english();
        switch (format) {
            case TEXT -> new FindingsTextWriter(messages).write(out, story, findings);
            case TSV -> FindingsCsvWriter.tsv(messages).write(out, story, findings, Dismissals.NONE);
            case JSON -> new FindingsJsonWriter(messages).write(out, story, findings);
        }
        out.flush();
        PrintWriter summaryOut = format == Format.TEXT ? out : spec.commandLine().getErr();
        summary(summaryOut, findings, messages);
    }

    private static void summary(PrintWriter out, List<Finding> findings, FindingMessages messages) {
        Map<CheckType, Integer> counts = new EnumMap<>(CheckType.class);
        findings.forEach(f -> counts.merge(f.type(), 1, Integer::sum));
        out.println();
        out.println(findings.size() + " finding" + (findings.size() == 1 ? "" : "s"));
        for (CheckType type : CheckType.values()) {
            out.printf(Locale.ROOT, "  %-14s %5d  %s%n", type.id(), counts.getOrDefault(type, 0), messages.typeName(type));
        }
        out.flush();
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }

}
