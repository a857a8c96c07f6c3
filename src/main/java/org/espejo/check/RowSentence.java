package org.espejo.check;

import org.espejo.language.LanguageGuess;
import org.espejo.text.Span;

/**
 * Sentence {@code inParagraph} of a passage, numbered {@code index} within its row.
 */
record RowSentence(int index, Passage passage, int inParagraph) {

    Span span() {
        return passage.sentences().get(inParagraph);
    }

    String text() {
        return span().of(passage.text());
    }

    LanguageGuess language() {
        return passage.sentenceLanguage(inParagraph);
    }

    Mark mark() {
        return new Mark(passage.paragraph(), span());
    }
}
