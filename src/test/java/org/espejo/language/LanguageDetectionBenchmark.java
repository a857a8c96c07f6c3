package org.espejo.language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.espejo.text.Document;
import org.espejo.text.IcuSentenceSegmenter;
import org.espejo.text.Lang;
import org.espejo.text.Paragraph;
import org.espejo.text.Sentence;

/**
 * Benchmark command (not a test): language detection throughput on the whole Quijote
 * ({@code ../shared/corpora/scale/quijote}, 5,334 Spanish and 3,939 English paragraphs), for
 * whole-document profiles (what the web UI runs) in each {@link LinguaLanguageDetector.Accuracy}
 * mode; for the shipped mode also with paragraphs in parallel, the foreign-passage search,
 * and single detections of each paragraph and each sentence.
 * Each figure is the best of {@code REPEATS} runs after a warm-up run; wall-clock seconds, and
 * the CPU seconds of this process (less sensitive to other load on a shared machine).
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.espejo.language.LanguageDetectionBenchmark ../shared/corpora [REPEATS [MODE...]]
 * </pre>
 * Modes are measured in the order given (default HIGH LOW CASCADE), each after profiling both
 * sides twice to warm up; compare modes each in its own run all the same.
 */
final class LanguageDetectionBenchmark {

    private LanguageDetectionBenchmark() {
    }

    public static void main(String[] args) {
        DevCorpora corpora = DevCorpora.fromArgs(args);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Document es = corpora.quijote(Lang.SPANISH).document();
        Document en = corpora.quijote(Lang.ENGLISH).document();
        System.out.printf(Locale.ROOT, "Quijote: es %d paragraphs %d chars, en %d paragraphs %d chars; %d processors%n",
                es.size(), es.characterCount(), en.size(), en.characterCount(),
                Runtime.getRuntime().availableProcessors());

        List<LinguaLanguageDetector.Accuracy> modes = args.length > 2
                ? Arrays.stream(args, 2, args.length).map(LinguaLanguageDetector.Accuracy::valueOf).toList()
                : List.of(LinguaLanguageDetector.Accuracy.values());
        for (LinguaLanguageDetector.Accuracy accuracy : modes) {
            long heapBefore = usedHeap();
            long start = System.nanoTime();
            LinguaLanguageDetector parallel = new LinguaLanguageDetector(accuracy, new IcuSentenceSegmenter(), true);
            double buildSeconds = seconds(start);
            System.out.printf(Locale.ROOT, "%n%s: detector built in %.1f s, heap grew by %d MB (Lingua's models are"
                    + " loaded once per process)%n", accuracy, buildSeconds, (usedHeap() - heapBefore) / 1_000_000);
            LinguaLanguageDetector sequential = new LinguaLanguageDetector(accuracy, new IcuSentenceSegmenter(), false);
            for (int warmUp = 0; warmUp < 2; warmUp++) {
                sequential.profile(es);
                sequential.profile(en);
            }
            boolean shipped = accuracy == LinguaLanguageDetector.Accuracy.CASCADE;
            if (shipped) {
                bothSides(sequential, es, en, repeats);
            }
            for (Document document : List.of(es, en)) {
                profile("profile, 1 thread  ", sequential, document, repeats);
                if (shipped) {
                    profile("profile, parallel  ", parallel, document, repeats);
                    findForeign(sequential, document, repeats);
                    singleDetections(sequential, document, repeats);
                }
            }
        }
    }

    private static void profile(String label, LinguaLanguageDetector detector, Document document, int repeats) {
        DocumentLanguages languages = detector.profile(document);
        int sentences = languages.sentences().stream().mapToInt(List::size).sum();
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        for (int r = 0; r < repeats; r++) {
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            detector.profile(document);
            best = Math.min(best, seconds(start));
            bestCpu = Math.min(bestCpu, (processCpuNanos() - cpu) / 1e9);
        }
        System.out.printf(Locale.ROOT, "  %s %-12s %6.2f s (cpu %5.2f s)  %6.0f paragraphs/s  %6.0f sentences/s%n",
                label, document.info().fileName(), best, bestCpu, document.size() / best, sentences / best);
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** Both sides of the comparison one after the other, then at the same time on two threads. */
    private static void bothSides(LinguaLanguageDetector detector, Document es, Document en, int repeats) {
        double oneAfterOther = bestOf(repeats, () -> {
            detector.profile(es);
            detector.profile(en);
        });
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            double atOnce = bestOf(repeats, () -> {
                var first = two.submit(() -> detector.profile(es));
                var second = two.submit(() -> detector.profile(en));
                try {
                    first.get();
                    second.get();
                } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            });
            System.out.printf(Locale.ROOT, "  both sides: one after the other %.2f s, on two threads %.2f s%n",
                    oneAfterOther, atOnce);
        } finally {
            two.shutdown();
        }
    }

    /** {@link ForeignPassageFinder} on a profiled document, as the UI runs it after the profile. */
    private static void findForeign(LinguaLanguageDetector detector, Document document, int repeats) {
        DocumentLanguages languages = detector.profile(document);
        Lang side = document.info().fileName().endsWith("es") ? Lang.SPANISH : Lang.ENGLISH;
        ForeignPassageFinder finder = new ForeignPassageFinder(detector);
        int[] flagged = new int[1];
        double seconds = bestOf(repeats, () -> flagged[0] = finder.find(document, languages, side).size());
        System.out.printf(Locale.ROOT, "  find foreign passages %-7s %6.2f s  (%d paragraphs flagged)%n",
                "", seconds, flagged[0]);
    }

    /** {@code detect} on each paragraph, then on each sentence, one thread. */
    private static void singleDetections(LinguaLanguageDetector detector, Document document, int repeats) {
        IcuSentenceSegmenter segmenter = new IcuSentenceSegmenter();
        Lang lang = document.info().fileName().endsWith("es") ? Lang.SPANISH : Lang.ENGLISH;
        List<String> sentences = document.paragraphs().stream()
                .flatMap((Paragraph p) -> segmenter.split(p.index(), p.text(), lang).stream())
                .map(Sentence::text)
                .toList();
        double paragraphs = bestOf(repeats, () -> document.paragraphs().forEach(p -> detector.detect(p.text())));
        double perSentence = bestOf(repeats, () -> sentences.forEach(detector::detect));
        System.out.printf(Locale.ROOT, "  detect each paragraph %-7s %6.2f s  %6.0f paragraphs/s%n",
                "", paragraphs, document.size() / paragraphs);
        System.out.printf(Locale.ROOT, "  detect each sentence  %-7s %6.2f s  %6.0f sentences/s (%d sentences)%n",
                "", perSentence, sentences.size() / perSentence, sentences.size());
    }

    private static double bestOf(int repeats, Runnable run) {
        run.run();
        double best = Double.MAX_VALUE;
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            run.run();
            best = Math.min(best, seconds(start));
        }
        return best;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
