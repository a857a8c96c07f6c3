package org.espejo.ingest;

import java.util.ArrayList;
import java.util.List;
import org.espejo.text.Document;
import org.espejo.text.DocumentInfo;
import org.espejo.text.Paragraph;

/**
 * Turns blocks into the document's numbered paragraphs: each block cleaned ({@link TextCleaner}),
 * blocks with nothing visible dropped, the paragraph and character limits checked. Fails instead
 * of returning a document without paragraphs. Stateless.
 */
final class Paragraphs {

    private Paragraphs() {
    }

    static Document assemble(DocumentInfo info, List<Block> blocks, ExtractionLimits limits)
            throws ExtractionException {
        List<Paragraph> paragraphs = new ArrayList<>(blocks.size());
        long characters = 0;
        for (Block block : blocks) {
            String text = TextCleaner.clean(block.text());
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() > limits.maxParagraphCharacters()) {
                throw new ExtractionException(ExtractionFailure.PARAGRAPH_TOO_LONG, info.fileName(),
                        "paragraph " + paragraphs.size() + " has " + text.length() + " characters, the limit is "
                                + limits.maxParagraphCharacters());
            }
            characters += text.length();
            if (characters > limits.maxCharacters()) {
                throw new ExtractionException(ExtractionFailure.TOO_MUCH_TEXT, info.fileName(),
                        "over " + limits.maxCharacters() + " characters");
            }
            paragraphs.add(new Paragraph(paragraphs.size(), text, block.kind()));
        }
        if (paragraphs.isEmpty()) {
            throw new ExtractionException(ExtractionFailure.NO_TEXT, info.fileName(), info.mediaType());
        }
        return new Document(info, paragraphs);
    }
}
