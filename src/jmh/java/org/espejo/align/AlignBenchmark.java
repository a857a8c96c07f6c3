package org.espejo.align;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time (and, with {@code -prof gc}, allocation) of a whole paragraph alignment at 1 k, 10 k
 * and 100 k paragraphs per side, to show how the cost grows. The JVM runs with its default
 * heap, so the 100 k case also shows that no OutOfMemoryError occurs. The aligner runs its
 * single pass at every size, so that the sizes compare like with like. Run with
 * {@code ./mvnw -P benchmark test-compile exec:exec} (see the README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AlignBenchmark {

    @Param({"1000", "10000", "100000"})
    public int paragraphs;

    private Bitext bitext;
    /** One pass (the second, learned-lexicon pass only runs on texts up to 4,000 units). */
    private final BandedAligner aligner = new BandedAligner(
            AlignerSettings.DEFAULT.without(java.util.Set.of(Signal.DOCUMENT_LEXICON)));

    @Setup(Level.Trial)
    public void setUp() {
        bitext = SyntheticBitext.of(paragraphs, 42);
    }

    @Benchmark
    public Alignment align() {
        return aligner.align(bitext);
    }
}
