package org.espejo.text;

import java.util.List;
import java.util.Objects;

/**
 * An extracted document: its metadata and its paragraphs in reading order. Immutable.
 *
 * @param info       file name, media type, title, author
 * @param paragraphs the paragraphs, indexed 0..n-1 in order
 */
public record Document(DocumentInfo info, List<Paragraph> paragraphs) {

    public Document {
        Objects.requireNonNull(info, "info");
        paragraphs = List.copyOf(paragraphs);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).index() != i) {
                throw new IllegalArgumentException(
                        "paragraph " + i + " has index " + paragraphs.get(i).index());
            }
        }
    }

    /** A document of body paragraphs built from plain strings (tests, pasted text). */
    public static Document ofTexts(String name, List<String> texts) {
        List<Paragraph> paragraphs = new java.util.ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            paragraphs.add(Paragraph.body(i, texts.get(i)));
        }
        return new Document(DocumentInfo.ofText(name), paragraphs);
    }

    /** The paragraphs' texts, in order. */
    public List<String> texts() {
        return paragraphs.stream().map(Paragraph::text).toList();
    }

    /** Total characters over all paragraphs. */
    public long characterCount() {
        return paragraphs.stream().mapToLong(p -> p.text().length()).sum();
    }

    public int size() {
        return paragraphs.size();
    }
}
