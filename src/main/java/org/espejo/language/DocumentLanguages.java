package org.espejo.language;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.espejo.text.Lang;
import org.espejo.text.Span;

/**
 * The languages found in one document: the document as a whole, each paragraph and each
 * sentence. Immutable.
 *
 * @param document      the language of the document as a whole; its confidence is the share
 *                      of the document's letters, among paragraphs whose language could be
 *                      called, that are in that language. {@link LanguageGuess#UNKNOWN} when no
 *                      language has {@link LinguaLanguageDetector#MIN_DOCUMENT_SHARE} of them
 *                      (a mixed document) or nothing could be called
 * @param paragraphs    one guess per paragraph, in paragraph order
 * @param sentences     per paragraph, one guess per sentence, in order: the sentences of
 *                      {@link org.espejo.text.SentenceSegmenter} (with the document's
 *                      language), a sentence being cut further where its parts are in
 *                      different languages (an English sentence the segmenter joined to a
 *                      Spanish one)
 * @param sentenceSpans per paragraph, where each of those sentences lies in the paragraph's
 *                      text; the same shape as {@code sentences}
 * @param shares        the share of the document's letters in paragraphs of each language,
 *                      {@link Lang#UNKNOWN} included; the shares sum to 1 (empty for a
 *                      document without letters)
 */
public record DocumentLanguages(LanguageGuess document, List<LanguageGuess> paragraphs,
                                List<List<LanguageGuess>> sentences, List<List<Span>> sentenceSpans,
                                Map<Lang, Double> shares) {

    public DocumentLanguages {
        Objects.requireNonNull(document, "document");
        paragraphs = List.copyOf(paragraphs);
        sentences = sentences.stream().map(List::copyOf).toList();
        sentenceSpans = sentenceSpans.stream().map(List::copyOf).toList();
        shares = Collections.unmodifiableMap(shares.isEmpty() ? new EnumMap<>(Lang.class) : new EnumMap<>(shares));
        if (sentences.size() != paragraphs.size() || sentenceSpans.size() != paragraphs.size()) {
            throw new IllegalArgumentException("one sentence list and one span list per paragraph expected");
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).size() != sentenceSpans.get(i).size()) {
                throw new IllegalArgumentException("paragraph " + i + ": one span per sentence expected");
            }
        }
    }

    /** The share of the document's letters in paragraphs of {@code lang}, 0 when none. */
    public double share(Lang lang) {
        return shares.getOrDefault(lang, 0.0);
    }

    /** The known languages found in paragraphs, largest share first. */
    public List<Lang> languagesFound() {
        return shares.entrySet().stream()
                .filter(e -> e.getKey().isKnown() && e.getValue() > 0)
                .sorted(Map.Entry.<Lang, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The number of paragraphs. */
    public int size() {
        return paragraphs.size();
    }
}
