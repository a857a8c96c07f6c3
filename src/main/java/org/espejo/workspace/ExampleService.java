package org.espejo.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Service;

/**
 * The built-in example: the first four chapters of Don Quijote and of Ormsby's translation
 * (both public domain), opened as a comparison. Opening it again reuses the saved one.
 */
@Service
public class ExampleService {

    static final String QUIJOTE_NAME = "Don Quijote, I–IV (example)";

    private final DocumentAnalyzer analyzer;
    private final ComparisonService comparisons;

    ExampleService(DocumentAnalyzer analyzer, ComparisonService comparisons) {
        this.analyzer = analyzer;
        this.comparisons = comparisons;
    }

    /** The id of the example comparison, creating it the first time. */
    public synchronized long openQuijote() {
        return comparisons.list("").stream()
                .filter(s -> s.name().equals(QUIJOTE_NAME))
                .mapToLong(ComparisonSummary::id)
                .findFirst()
                .orElseGet(this::createQuijote);
    }

    private long createQuijote() {
        AnalyzedDocument es = analyzer.analyzeFile("quijote-es.txt", resource("examples/quijote-es.txt"));
        AnalyzedDocument en = analyzer.analyzeFile("quijote-en.txt", resource("examples/quijote-en.txt"));
        return comparisons.create(QUIJOTE_NAME, comparisons.arrange(es, en), Progress.NONE);
    }

    private static byte[] resource(String path) {
        try (InputStream in = ExampleService.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
