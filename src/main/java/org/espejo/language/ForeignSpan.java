package org.espejo.language;

import java.util.Objects;
import org.espejo.text.Lang;
import org.espejo.text.Span;

/**
 * A stretch of a paragraph (one or more sentences, or a quotation) in a language other than
 * its side's.
 *
 * @param span       where it lies in the paragraph's text
 * @param language   its language, never {@link Lang#UNKNOWN}
 * @param confidence the calibrated confidence of that language, in [0, 1]
 * @param quoted     whether most of its letters lie inside quotation marks
 */
public record ForeignSpan(Span span, Lang language, double confidence, boolean quoted) {

    public ForeignSpan {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(language, "language");
        if (!language.isKnown()) {
            throw new IllegalArgumentException("a foreign span has a known language");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
    }
}
