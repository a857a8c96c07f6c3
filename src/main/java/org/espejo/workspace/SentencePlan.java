package org.espejo.workspace;

import java.util.ArrayList;
import java.util.List;
import org.espejo.language.DocumentLanguages;
import org.espejo.language.LanguageGuess;
import org.espejo.text.Document;
import org.espejo.text.Paragraph;
import org.espejo.text.Span;

/**
 * The sentences of one document, as the language profile found them: their texts per
 * paragraph (what the sentence aligner needs) and their spans and languages (what is stored
 * and shown).
 */
final class SentencePlan {

    final List<List<String>> texts;
    final List<List<SentenceView>> views;

    private SentencePlan(List<List<String>> texts, List<List<SentenceView>> views) {
        this.texts = texts;
        this.views = views;
    }

    static SentencePlan of(Document document, DocumentLanguages languages) {
        List<List<String>> texts = new ArrayList<>(document.size());
        List<List<SentenceView>> views = new ArrayList<>(document.size());
        for (Paragraph p : document.paragraphs()) {
            List<Span> spans = languages.sentenceSpans().get(p.index());
            List<LanguageGuess> guesses = languages.sentences().get(p.index());
            List<String> t = new ArrayList<>(spans.size());
            List<SentenceView> v = new ArrayList<>(spans.size());
            for (int i = 0; i < spans.size(); i++) {
                Span span = spans.get(i);
                LanguageGuess g = guesses.get(i);
                t.add(span.of(p.text()));
                v.add(new SentenceView(span.start(), span.end(), g.lang(), g.confidence()));
            }
            texts.add(t);
            views.add(v);
        }
        return new SentencePlan(texts, views);
    }
}
