package org.espejo.workspace;

import java.util.List;
import java.util.Objects;
import org.espejo.text.Lang;
import org.espejo.text.ParagraphKind;

/**
 * A paragraph as the UI shows it.
 *
 * @param index          position in its document
 * @param text           the paragraph's text
 * @param kind           heading, body, …
 * @param lang           detected language ({@link Lang#UNKNOWN} when too short to call)
 * @param langConfidence confidence of that detection, in [0, 1]
 * @param sentences      its sentences, in order
 */
public record ParagraphView(int index, String text, ParagraphKind kind, Lang lang, double langConfidence,
                            List<SentenceView> sentences) {

    public ParagraphView {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lang, "lang");
        sentences = List.copyOf(sentences);
    }
}
