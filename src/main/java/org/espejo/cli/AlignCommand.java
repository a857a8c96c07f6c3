package org.espejo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.espejo.align.Alignment;
import org.espejo.align.BandedAligner;
import org.espejo.align.Bitext;
import org.espejo.align.SentenceAligner;
import org.espejo.ingest.DocumentExtractor;
import org.espejo.ingest.ExtractionException;
import org.espejo.ingest.ExtractionLimits;
import org.espejo.ingest.TextSplit;
import org.espejo.text.IcuSentenceSegmenter;
import org.espejo.text.Lang;
import org.espejo.text.Sentence;
import org.espejo.text.SentenceSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code align ES_FILE EN_FILE}: extracts both files, aligns their paragraphs (and, with
 * {@code --level sentence}, their sentences inside each paragraph bead) and prints the
 * alignment. Works for any language pair; no language detection runs.
 */
@Command(name = "align", description = "Aligns two texts and prints the alignment.", mixinStandardHelpOptions = true)
final class AlignCommand implements Callable<Integer> {

    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(ExtractionLimits.DEFAULT);

    enum Format { TSV, JSON, TMX }

    enum Level { PARAGRAPH, SENTENCE }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ES_FILE", description = "The Spanish (source) file.")
    private Path sourceFile;

    @Parameters(index = "1", paramLabel = "EN_FILE", description = "The English (target) file.")
    private Path targetFile;

    @Option(names = "--split", description = "How plain text is cut into paragraphs: auto, blank or line (default: ${DEFAULT-VALUE}).",
            defaultValue = "auto", converter = SplitConverter.class)
    private TextSplit split;

    @Option(names = "--level", description = "paragraph or sentence (default: ${DEFAULT-VALUE}).",
            defaultValue = "paragraph", converter = LevelConverter.class)
    private Level level;

    @Option(names = "--format", description = "tsv, json or tmx (default: ${DEFAULT-VALUE}).",
            defaultValue = "tsv", converter = FormatConverter.class)
    private Format format;

    @Option(names = "--source-lang", description = "Language code of ES_FILE, for sentence splitting (default: ${DEFAULT-VALUE}).",
            defaultValue = "es")
    private String sourceLang;

    @Option(names = "--target-lang", description = "Language code of EN_FILE, for sentence splitting (default: ${DEFAULT-VALUE}).",
            defaultValue = "en")
    private String targetLang;

    @Override
    public Integer call() {
        List<String> source;
        List<String> target;
        try {
            source = EXTRACTOR.extract(sourceFile, split).texts();
            target = EXTRACTOR.extract(targetFile, split).texts();
        } catch (ExtractionException | IOException e) {
            spec.commandLine().getErr().println("align: cannot read input: " + describe(e));
            return 1;
        }
        Lang sl = Lang.fromCode(sourceLang).orElse(Lang.UNKNOWN);
        Lang tl = Lang.fromCode(targetLang).orElse(Lang.UNKNOWN);
        Alignment alignment = new BandedAligner().align(new Bitext(source, sl, target, tl));
        if (level == Level.SENTENCE) {
            SentenceSegmenter segmenter = new IcuSentenceSegmenter();
            List<List<String>> ss = sentences(segmenter, source, sl);
            List<List<String>> ts = sentences(segmenter, target, tl);
            alignment = new SentenceAligner().align(alignment, ss, sl, ts, tl).sentences();
            source = ss.stream().flatMap(List::stream).toList();
            target = ts.stream().flatMap(List::stream).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case TSV -> AlignmentWriter.tsv(out, alignment);
            case JSON -> AlignmentWriter.json(out, alignment, sourceFile.toString(), targetFile.toString(),
                    level.name().toLowerCase(Locale.ROOT));
            case TMX -> AlignmentWriter.tmx(out, alignment, source, target, sourceLang, targetLang);
        }
        out.flush();
        return 0;
    }

    private static List<List<String>> sentences(SentenceSegmenter segmenter, List<String> paragraphs, Lang lang) {
        List<List<String>> result = new ArrayList<>(paragraphs.size());
        for (int p = 0; p < paragraphs.size(); p++) {
            result.add(segmenter.split(p, paragraphs.get(p), lang).stream().map(Sentence::text).toList());
        }
        return result;
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file " + e.getMessage();
        }
        return e.getMessage();
    }

    static final class SplitConverter implements picocli.CommandLine.ITypeConverter<TextSplit> {
        @Override
        public TextSplit convert(String value) {
            return TextSplit.valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }

    static final class LevelConverter implements picocli.CommandLine.ITypeConverter<Level> {
        @Override
        public Level convert(String value) {
            return Level.valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }
}
