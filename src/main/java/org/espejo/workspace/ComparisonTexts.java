package org.espejo.workspace;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Loads the texts of a whole comparison: paragraphs and their sentences, per side. */
@Component
class ComparisonTexts {

    private final DocumentRepository documents;
    private final ParagraphRepository paragraphs;
    private final JsonCodec json;

    ComparisonTexts(DocumentRepository documents, ParagraphRepository paragraphs, JsonCodec json) {
        this.documents = documents;
        this.paragraphs = paragraphs;
        this.json = json;
    }

    /** One side's paragraph texts and, per paragraph, its sentence texts. */
    record SideTexts(List<String> paragraphs, List<List<String>> sentences) {
    }

    /** Both sides. */
    record Both(SideTexts left, SideTexts right) {
    }

    Both load(Comparison comparison) {
        return new Both(side(comparison, Side.LEFT), side(comparison, Side.RIGHT));
    }

    /** One side's stored paragraphs, in document order. */
    List<StoredParagraph> stored(Comparison comparison, Side side) {
        ComparisonDocument document = documents.findByComparisonIdAndSide(comparison.id, side).orElseThrow();
        return paragraphs.findRange(document.id, 0, Integer.MAX_VALUE);
    }

    SideTexts side(Comparison comparison, Side side) {
        List<StoredParagraph> stored = stored(comparison, side);
        List<String> texts = new ArrayList<>(stored.size());
        List<List<String>> sentences = new ArrayList<>(stored.size());
        for (StoredParagraph p : stored) {
            texts.add(p.text);
            List<String> s = new ArrayList<>();
            for (SentenceView v : json.sentences(p.sentences)) {
                s.add(p.text.substring(v.start(), v.end()));
            }
            sentences.add(s);
        }
        return new SideTexts(texts, sentences);
    }
}
