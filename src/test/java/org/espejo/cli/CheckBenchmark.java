package org.espejo.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.espejo.check.AlignedStory;
import org.espejo.check.CheckEngine;
import org.espejo.check.CheckType;
import org.espejo.check.Finding;
import org.espejo.ingest.DocumentExtractor;
import org.espejo.ingest.ExtractionLimits;
import org.espejo.ingest.TextSplit;

/**
 * Times {@link CheckEngine#run} on one aligned story: aligns the two files once with the
 * {@code check} command's own {@link CheckCommand#story} (without language detection), then runs every check a number
 * of times and prints the median, minimum and maximum wall time, the median CPU time of the
 * running thread (less sensitive to a busy machine) and the findings per type.
 * Not a test: run it by hand.
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.espejo.cli.CheckBenchmark \
 *     --runs 7 ../shared/corpora/scale/quijote/es.txt ../shared/corpora/scale/quijote/en.txt
 * </pre>
 *
 * {@code --warmup N} runs (default 2) are not counted.
 */
public final class CheckBenchmark {

    private CheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 7;
        int warmup = 2;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default -> files.add(Path.of(args[i]));
            }
        }
        if (files.size() != 2) {
            System.err.println("usage: CheckBenchmark [--runs N] [--warmup N] ES_FILE EN_FILE");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        AlignedStory story = story(files.get(0), files.get(1));
        System.out.printf(Locale.ROOT, "story: %d rows, aligned in %.2f s%n", story.rows().size(),
                (System.nanoTime() - t0) / 1e9);
        CheckEngine engine = new CheckEngine();
        List<Finding> findings = List.of();
        for (int i = 0; i < warmup; i++) {
            findings = engine.run(story);
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            findings = engine.run(story);
            seconds[i] = (System.nanoTime() - start) / 1e9;
            cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e9;
        }
        Arrays.sort(seconds);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "CheckEngine.run: median %.3f s, min %.3f s, max %.3f s wall; median %.3f s CPU "
                + "(this thread) over %d runs (%d warm-up)%n", seconds[runs / 2], seconds[0], seconds[runs - 1],
                cpu[runs / 2], runs, warmup);
        Map<CheckType, Integer> counts = new EnumMap<>(CheckType.class);
        findings.forEach(f -> counts.merge(f.type(), 1, Integer::sum));
        System.out.println(findings.size() + " findings " + counts);
    }

    private static AlignedStory story(Path leftFile, Path rightFile) throws Exception {
        DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.DEFAULT);
        return CheckCommand.story(extractor.extract(leftFile, TextSplit.AUTO),
                extractor.extract(rightFile, TextSplit.AUTO), null);
    }
}
