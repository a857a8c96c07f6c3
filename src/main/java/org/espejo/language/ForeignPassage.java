package org.espejo.language;

import java.util.List;
import java.util.Objects;
import org.espejo.text.Lang;

/**
 * A paragraph with text in a language other than its side's: untranslated, a foreign
 * quotation, or a third language.
 *
 * @param paragraph the paragraph's index in its document
 * @param status    {@link PassageStatus#UNTRANSLATED}, {@link PassageStatus#MIXED_QUOTE} or
 *                  {@link PassageStatus#OTHER_LANGUAGE}
 * @param language  the foreign language with most letters in the paragraph
 * @param spans     the foreign stretches, in order, not overlapping, never empty
 */
public record ForeignPassage(int paragraph, PassageStatus status, Lang language, List<ForeignSpan> spans) {

    public ForeignPassage {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(language, "language");
        spans = List.copyOf(spans);
        if (paragraph < 0) {
            throw new IllegalArgumentException("negative paragraph index " + paragraph);
        }
        if (!status.isFlagged()) {
            throw new IllegalArgumentException("not a foreign passage: " + status);
        }
        if (!language.isKnown() || spans.isEmpty()) {
            throw new IllegalArgumentException("a foreign passage has a language and at least one span");
        }
    }
}
