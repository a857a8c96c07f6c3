package org.espejo.check;

import java.util.List;
import java.util.Objects;
import org.espejo.language.LanguageGuess;
import org.espejo.text.ParagraphKind;
import org.espejo.text.Span;

/**
 * One paragraph of one side of an aligned story, with what the checks need to know about it.
 *
 * @param paragraph         its index in its document
 * @param text              its text
 * @param kind              heading, body, list item…
 * @param sentences         its sentences as spans of {@code text}, in order, not overlapping
 * @param language          the detected language, {@link LanguageGuess#UNKNOWN} when not known
 * @param sentenceLanguages one guess per sentence, or an empty list when not known
 */
public record Passage(int paragraph, String text, ParagraphKind kind, List<Span> sentences,
                      LanguageGuess language, List<LanguageGuess> sentenceLanguages) {

    public Passage {
        if (paragraph < 0) {
            throw new IllegalArgumentException("negative paragraph index " + paragraph);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        sentences = List.copyOf(sentences);
        sentenceLanguages = List.copyOf(sentenceLanguages);
        int previousEnd = 0;
        for (Span s : sentences) {
            if (s.start() < previousEnd || s.end() > text.length()) {
                throw new IllegalArgumentException("sentence " + s + " out of order or outside the text");
            }
            previousEnd = s.end();
        }
        if (!sentenceLanguages.isEmpty() && sentenceLanguages.size() != sentences.size()) {
            throw new IllegalArgumentException("one language guess per sentence expected");
        }
    }

    /** A body paragraph that is one sentence, with no language information (tests, short texts). */
    public static Passage of(int paragraph, String text) {
        return new Passage(paragraph, text, ParagraphKind.BODY, List.of(new Span(0, text.length())),
                LanguageGuess.UNKNOWN, List.of());
    }

    /** The language guess of sentence {@code i}, or {@link LanguageGuess#UNKNOWN}. */
    public LanguageGuess sentenceLanguage(int i) {
        return sentenceLanguages.isEmpty() ? LanguageGuess.UNKNOWN : sentenceLanguages.get(i);
    }
}
