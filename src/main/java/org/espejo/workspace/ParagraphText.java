package org.espejo.workspace;

import java.util.List;
import org.espejo.language.DocumentLanguages;
import org.espejo.language.LanguageDetector;
import org.espejo.language.LanguageGuess;
import org.espejo.text.Document;
import org.espejo.text.Span;
import org.springframework.stereotype.Component;

/** Reads and changes a stored paragraph's text, keeping its sentences and languages in step. */
@Component
class ParagraphText {

    private final DocumentRepository documents;
    private final ParagraphRepository paragraphs;
    private final LanguageDetector detector;
    private final JsonCodec json;

    ParagraphText(DocumentRepository documents, ParagraphRepository paragraphs, LanguageDetector detector,
                  JsonCodec json) {
        this.documents = documents;
        this.paragraphs = paragraphs;
        this.detector = detector;
        this.json = json;
    }

    String text(Comparison comparison, Side side, int index) {
        return paragraph(comparison, side, index).text;
    }

    void set(Comparison comparison, Side side, int index, String text) {
        StoredParagraph p = paragraph(comparison, side, index);
        DocumentLanguages languages = detector.profile(Document.ofTexts("paragraph", List.of(text)));
        LanguageGuess guess = languages.paragraphs().get(0);
        List<Span> spans = languages.sentenceSpans().get(0);
        List<LanguageGuess> guesses = languages.sentences().get(0);
        List<SentenceView> sentences = new java.util.ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            sentences.add(new SentenceView(spans.get(i).start(), spans.get(i).end(), guesses.get(i).lang(),
                    guesses.get(i).confidence()));
        }
        p.text = text;
        p.lang = guess.lang().code();
        p.langConfidence = guess.confidence();
        p.sentences = json.sentences(sentences);
        paragraphs.saveAndFlush(p);
    }

    private StoredParagraph paragraph(Comparison comparison, Side side, int index) {
        ComparisonDocument document = documents.findByComparisonIdAndSide(comparison.id, side).orElseThrow();
        List<StoredParagraph> found = paragraphs.findRange(document.id, index, index + 1);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no " + side + " paragraph " + index);
        }
        return found.get(0);
    }
}
