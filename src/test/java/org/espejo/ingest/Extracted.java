package org.espejo.ingest;

import java.util.List;
import org.espejo.text.Document;
import org.espejo.text.Paragraph;

/** Test helpers: extraction through the path the UI uses, and paragraphs as "KIND text" lines. */
final class Extracted {

    static final DocumentExtractor EXTRACTOR = new DocumentExtractor(ExtractionLimits.DEFAULT);

    private Extracted() {
    }

    /** {@code bytes} extracted as the web UI does it: by file name, bytes and {@link TextSplit#AUTO}. */
    static Document extract(String fileName, byte[] bytes) throws ExtractionException {
        return EXTRACTOR.extract(fileName, bytes, TextSplit.AUTO);
    }

    /** Each paragraph as {@code KIND text}, in order; asserts the indices run 0..n-1. */
    static List<String> kindsAndTexts(Document document) {
        List<Paragraph> paragraphs = document.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).index() != i) {
                throw new AssertionError("paragraph " + i + " has index " + paragraphs.get(i).index());
            }
        }
        return paragraphs.stream().map(p -> p.kind() + " " + p.text()).toList();
    }
}
