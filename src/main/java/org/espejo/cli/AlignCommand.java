package org.espejo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.espejo.align.Alignment;
import org.espejo.align.BandedAligner;
import org.espejo.align.Bitext;
import org.espejo.align.SentenceAligner;
import org.espejo.align.SentenceAlignment;
import org.espejo.exchange.BilingualDocument;
import org.espejo.exchange.ExportOptions;
import org.espejo.exchange.Exporter;
import org.espejo.exchange.Segtype;
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
 *
 * <p>{@code tsv} (the gold format of the development corpora plus a confidence column, which
 * {@code eval} and the corpora's tools read) and {@code json} (beads with types, confidence and
 * evidence) are written here; {@code tmx}, {@code xliff} (2.1), {@code xliff12}, {@code csv} and
 * {@code html} are the texts themselves, written by the {@link Exporter} of the exchange package,
 * the same code as the downloads of the web application. With {@code --level sentence} those
 * carry one row per paragraph bead with its sentence pairs (TMX: one unit per sentence pair).
 */
@Command(name = "align", description = "Aligns two texts and prints the alignment.", mixinStandardHelpOptions = true)
final class AlignCommand implements Callable<Integer> {

    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(ExtractionLimits.DEFAULT);

    /** The output formats: two index formats of this command, the rest through the {@link Exporter}. */
    enum Format {
        TSV(null), JSON(null),
        TMX(org.espejo.exchange.Format.TMX),
        XLIFF(org.espejo.exchange.Format.XLIFF),
        XLIFF12(org.espejo.exchange.Format.XLIFF_1_2),
        CSV(org.espejo.exchange.Format.CSV),
        HTML(org.espejo.exchange.Format.HTML);

        private final org.espejo.exchange.Format exchange;

        Format(org.espejo.exchange.Format exchange) {
            this.exchange = exchange;
        }

        /** Whether the texts are written through the exchange package rather than as indices. */
        boolean isExchange() {
            return exchange != null;
        }
    }

    enum Level { PARAGRAPH, SENTENCE }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ES_FILE", description = "The Spanish (source) file.")
    private Path sourceFile;

    @Parameters(index = "1", paramLabel = "EN_FILE", description = "The English (target) file.")
    private Path targetFile;

    @Option(names = "--split", description = "How plain text is cut into paragraphs: auto, blank or line (default: ${DEFAULT-VALUE}).",
            defaultValue = "auto", converter = TextSplitConverter.class)
    private TextSplit split;

    @Option(names = "--level", description = "paragraph or sentence (default: ${DEFAULT-VALUE}).",
            defaultValue = "paragraph", converter = LevelConverter.class)
    private Level level;

    @Option(names = "--format",
            description = "tsv (indices + confidence), json, tmx, xliff (2.1), xliff12, csv or html (default: ${DEFAULT-VALUE}).",
            defaultValue = "tsv", converter = FormatConverter.class)
    private Format format;

    @Option(names = "--source-lang",
            description = "Language tag of ES_FILE (es, es-MX, de…), for sentence splitting and exports (default: ${DEFAULT-VALUE}).",
            defaultValue = "es")
    private String sourceLang;

    @Option(names = "--target-lang",
            description = "Language tag of EN_FILE (en, en-GB, fr…), for sentence splitting and exports (default: ${DEFAULT-VALUE}).",
            defaultValue = "en")
    private String targetLang;

    @Override
    public Integer call() {
        List<String> source;
        List<String> target;
        try {
            // the two files are read side by side: a long text takes a noticeable part of the run
            FutureTask<List<String>> targetTexts = new FutureTask<>(() -> EXTRACTOR.extract(targetFile, split).texts());
            Thread reader = new Thread(targetTexts, "read-target");
            reader.setDaemon(true);
            reader.start();
            source = EXTRACTOR.extract(sourceFile, split).texts();
            target = result(targetTexts);
        } catch (ExtractionException | IOException e) {
            spec.commandLine().getErr().println("align: cannot read input: " + describe(e));
            return 1;
        }
        Lang sl = Lang.fromCode(sourceLang).orElse(Lang.UNKNOWN);
        Lang tl = Lang.fromCode(targetLang).orElse(Lang.UNKNOWN);
        // the index formats never touch the exchange package: its writers' libraries sit deep in the
        // jar's class path, and finding them costs start-up time
        Optional<ExportOptions> options;
        try {
            options = format.isExchange() ? Optional.of(exportOptions()) : Optional.empty();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("align: " + e.getMessage());
            return 2;
        }
        Bitext bitext = new Bitext(source, sl, target, tl);
        Alignment paragraphs = new BandedAligner().align(bitext);
        PrintWriter out = spec.commandLine().getOut();
        if (level == Level.PARAGRAPH) {
            if (format.isExchange()) {
                export(out, BilingualDocument.fromAlignment(name(), bitext, paragraphs), options.orElseThrow());
            } else {
                writeIndices(out, paragraphs);
            }
        } else {
            SentenceSegmenter segmenter = new IcuSentenceSegmenter();
            List<List<String>> ss = sentences(segmenter, source, sl);
            List<List<String>> ts = sentences(segmenter, target, tl);
            SentenceAlignment sentences = new SentenceAligner().align(paragraphs, ss, sl, ts, tl);
            if (format.isExchange()) {
                export(out, BilingualDocument.fromAlignment(name(), bitext, paragraphs, ss, ts, sentences),
                        options.orElseThrow());
            } else {
                writeIndices(out, sentences.sentences());
            }
        }
        out.flush();
        return 0;
    }

    /** The value of a finished read, with its own exception. */
    private static List<String> result(FutureTask<List<String>> read) throws ExtractionException, IOException {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ExtractionException extraction) {
                throw extraction;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    private void writeIndices(PrintWriter out, Alignment alignment) {
        if (format == Format.TSV) {
            AlignmentWriter.tsv(out, alignment);
        } else {
            AlignmentWriter.json(out, alignment, sourceFile.toString(), targetFile.toString(),
                    level.name().toLowerCase(Locale.ROOT));
        }
    }

    private void export(PrintWriter out, BilingualDocument document, ExportOptions options) {
        try {
            Exporter.write(document, format.exchange, options, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The languages as given (regional tags such as {@code es-MX} included), gaps kept, segments per level. */
    private ExportOptions exportOptions() {
        return ExportOptions.builder()
                .languages(sourceLang, targetLang)
                .segtype(level == Level.SENTENCE ? Segtype.SENTENCE : Segtype.PARAGRAPH)
                .build();
    }

    /** The comparison's name written into the exports: the two file names. */
    private String name() {
        return fileName(sourceFile) + " – " + fileName(targetFile);
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
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


    static final class LevelConverter implements picocli.CommandLine.ITypeConverter<Level> {
        @Override
        public Level convert(String value) {
            return Level.valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.valueOf(value.trim().toUpperCase(Locale.ROOT).replace("-", "").replace(".", ""));
        }
    }
}
