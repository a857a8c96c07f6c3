package org.espejo.language;

import org.espejo.text.Document;

/**
 * Tells which language a text is in. Implementations are thread-safe and meant to be built
 * once and shared.
 */
public interface LanguageDetector {

    /**
     * The language of a piece of text (not null); {@link LanguageGuess#UNKNOWN} when it is too
     * short or too uncertain to call.
     */
    LanguageGuess detect(String text);

    /** The language of a whole document (not null) and of each of its paragraphs and sentences. */
    DocumentLanguages profile(Document document);
}
