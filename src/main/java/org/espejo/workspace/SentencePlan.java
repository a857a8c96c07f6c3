package org.espejo.workspace;

import java.util.ArrayList;
import java.util.List;
import org.espejo.language.DocumentLanguages;
import org.espejo.language.LanguageGuess;
import org.espejo.text.Document;
import org.espejo.text.Lang;
import org.espejo.text.Paragraph;
import org.espejo.text.Sentence;
import org.espejo.text.SentenceSegmenter;

/**
 * The sentences of one document: their texts per paragraph (what the sentence aligner needs)
 * and their spans and languages (what is stored and shown).
 */
final class SentencePlan {

    final List<List<String>> texts;
    final List<List<SentenceView>> views;

    private SentencePlan(List<List<String>> texts, List<List<SentenceView>> views) {
        this.texts = texts;
        this.views = views;
    }

    static SentencePlan of(Document document, DocumentLanguages languages, Lang documentLang,
                           SentenceSegmenter segmenter) {
        List<List<String>> texts = new ArrayList<>(document.size());
        List<List<SentenceView>> views = new ArrayList<>(document.size());
        for (Paragraph p : document.paragraphs()) {
            LanguageGuess paragraphGuess = languages.paragraphs().get(p.index());
            Lang splitLang = paragraphGuess.isKnown() ? paragraphGuess.lang() : documentLang;
            List<Sentence> sentences = segmenter.split(p.index(), p.text(), splitLang);
            List<LanguageGuess> guesses = languages.sentences().get(p.index());
            boolean guessesMatch = guesses.size() == sentences.size();
            List<String> t = new ArrayList<>(sentences.size());
            List<SentenceView> v = new ArrayList<>(sentences.size());
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                LanguageGuess g = guessesMatch ? guesses.get(i) : LanguageGuess.UNKNOWN;
                t.add(s.text());
                v.add(new SentenceView(s.span().start(), s.span().end(), g.lang(), g.confidence()));
            }
            texts.add(t);
            views.add(v);
        }
        return new SentencePlan(texts, views);
    }
}
