package org.espejo.text;

import java.util.List;

/**
 * Splits a paragraph into sentences, knowing the abbreviations, decimals, initials, quotes
 * and inverted marks of its language. Thread-safe.
 */
public interface SentenceSegmenter {

    /**
     * The sentences of one paragraph, in order, each trimmed; together they cover every
     * non-space character of the text. A text without sentence breaks is one sentence; a
     * blank text has none.
     *
     * @param paragraph the index to record in each {@link Sentence}
     * @param text      the paragraph's text
     * @param lang      its language; {@link Lang#UNKNOWN} uses language-neutral rules
     */
    List<Sentence> split(int paragraph, String text, Lang lang);
}
