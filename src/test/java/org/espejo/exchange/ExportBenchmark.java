package org.espejo.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.espejo.align.Alignment;
import org.espejo.align.BandedAligner;
import org.espejo.align.Bitext;
import org.espejo.align.SentenceAligner;
import org.espejo.align.SentenceAlignment;
import org.espejo.ingest.DocumentExtractor;
import org.espejo.ingest.ExtractionLimits;
import org.espejo.ingest.TextSplit;
import org.espejo.text.IcuSentenceSegmenter;
import org.espejo.text.Lang;
import org.espejo.text.Sentence;
import org.espejo.text.SentenceSegmenter;

/**
 * Measures export time and file size of every format, and import time of TMX and XLIFF, for
 * the whole Don Quijote comparison (not a test: timings never go into assertions).
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.espejo.exchange.ExportBenchmark ../shared/corpora/scale/quijote [runs]
 * </pre>
 */
public final class ExportBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpora/scale/quijote");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.DEFAULT);
        List<String> es = extractor.extract(dir.resolve("es.txt"), TextSplit.AUTO).texts();
        List<String> en = extractor.extract(dir.resolve("en.txt"), TextSplit.AUTO).texts();
        Bitext bitext = new Bitext(es, Lang.SPANISH, en, Lang.ENGLISH);
        long t0 = System.nanoTime();
        Alignment paragraphs = new BandedAligner().align(bitext);
        SentenceSegmenter segmenter = new IcuSentenceSegmenter();
        List<List<String>> ss = sentences(segmenter, es, Lang.SPANISH);
        List<List<String>> ts = sentences(segmenter, en, Lang.ENGLISH);
        SentenceAlignment sentences = new SentenceAligner().align(paragraphs, ss, ts);
        long alignMs = (System.nanoTime() - t0) / 1_000_000;
        BilingualDocument document = BilingualDocument.fromAlignment("Don Quijote", bitext, paragraphs, ss, ts, sentences);
        long pairs = document.rows().stream().mapToLong(r -> r.pairsOrWhole().size()).sum();
        System.out.printf(Locale.ROOT, "Quijote: %d ES / %d EN paragraphs, %d rows, %d sentence pairs (aligned in %d ms)%n",
                es.size(), en.size(), document.rows().size(), pairs, alignMs);
        System.out.printf(Locale.ROOT, "%-10s %-9s %12s %12s %12s %14s%n", "format", "segtype", "bytes", "median ms",
                "min ms", "median cpu ms");
        for (Format format : Format.values()) {
            measure(document, format, ExportOptions.defaults(), runs);
            if (format == Format.TMX || format == Format.TSV) {
                measure(document, format, ExportOptions.builder().segtype(Segtype.SENTENCE).build(), runs);
            }
        }
        for (Format format : List.of(Format.TMX, Format.XLIFF, Format.XLIFF_1_2)) {
            byte[] file = export(document, format, ExportOptions.defaults());
            long[] ms = new long[runs];
            int rows = 0;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                rows = Importer.read("quijote." + format.extension(), new ByteArrayInputStream(file)).document().rows().size();
                ms[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(ms);
            BilingualDocument back = Importer.read("quijote." + format.extension(), new ByteArrayInputStream(file)).document();
            System.out.printf(Locale.ROOT, "import %-9s %d rows: median %d ms, min %d ms; same texts%s as exported: %b%n",
                    format.id(), rows, ms[runs / 2], ms[0], format == Format.TMX ? "" : " and sentence pairs",
                    texts(back, format != Format.TMX).equals(texts(SafeText.clean(document), format != Format.TMX)));
        }
    }

    private static void measure(BilingualDocument document, Format format, ExportOptions options, int runs) throws Exception {
        export(document, format, options);
        long[] ms = new long[runs];
        long[] cpu = new long[runs];
        long size = 0;
        for (int i = 0; i < runs; i++) {
            CountingStream out = new CountingStream();
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            Exporter.write(document, format, options, out);
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            ms[i] = (System.nanoTime() - start) / 1_000_000;
            size = out.count;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%-10s %-9s %12d %12d %12d %14d%n", format.id(), options.segtype().tmxValue(), size,
                ms[runs / 2], ms[0], cpu[runs / 2]);
    }

    /** The rows' paragraphs (and sentence pairs), without the confidences that files round to 3 decimals. */
    private static List<List<Object>> texts(BilingualDocument document, boolean withPairs) {
        return document.rows().stream()
                .map(r -> List.<Object>of(r.source(), r.target(), withPairs ? r.sentencePairs() : List.of(), r.status()))
                .toList();
    }

    private static byte[] export(BilingualDocument document, Format format, ExportOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(document, format, options, out);
        return out.toByteArray();
    }

    private static List<List<String>> sentences(SentenceSegmenter segmenter, List<String> paragraphs, Lang lang) {
        List<List<String>> result = new ArrayList<>(paragraphs.size());
        for (int p = 0; p < paragraphs.size(); p++) {
            result.add(segmenter.split(p, paragraphs.get(p), lang).stream().map(Sentence::text).toList());
        }
        return result;
    }

    /** Counts bytes and throws them away, so the measure is the writer's, not a buffer's. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
