package org.espejo.language;

import java.util.List;
import java.util.Objects;

/**
 * The languages found in one document.
 *
 * @param document   the language of the document as a whole
 * @param paragraphs one guess per paragraph, in paragraph order
 * @param sentences  per paragraph, one guess per sentence (the sentences of
 *                   {@link org.espejo.text.SentenceSegmenter})
 */
public record DocumentLanguages(LanguageGuess document, List<LanguageGuess> paragraphs,
                                List<List<LanguageGuess>> sentences) {

    public DocumentLanguages {
        Objects.requireNonNull(document, "document");
        paragraphs = List.copyOf(paragraphs);
        sentences = sentences.stream().map(List::copyOf).toList();
        if (sentences.size() != paragraphs.size()) {
            throw new IllegalArgumentException("one sentence list per paragraph expected");
        }
    }
}
