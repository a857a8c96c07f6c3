package org.espejo.language;

import java.util.Objects;
import org.espejo.text.Lang;

/**
 * The language of a piece of text and how sure the detector is.
 *
 * @param lang       the language, {@link Lang#UNKNOWN} when it cannot be called
 * @param confidence in [0, 1]: for a sentence or paragraph, the measured probability that
 *                   {@code lang} is right (see {@link LinguaLanguageDetector}); for a
 *                   document, the share of its letters in that language
 *                   ({@link DocumentLanguages#document()}); 0 for {@link #UNKNOWN}
 */
public record LanguageGuess(Lang lang, double confidence) {

    /** Too short or too mixed to call. */
    public static final LanguageGuess UNKNOWN = new LanguageGuess(Lang.UNKNOWN, 0);

    public LanguageGuess {
        Objects.requireNonNull(lang, "lang");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
    }

    /** Whether a language was called. */
    public boolean isKnown() {
        return lang.isKnown();
    }
}
