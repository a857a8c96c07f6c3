package org.espejo.ingest;

import java.io.InputStream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.xml.sax.ContentHandler;

/**
 * Tells Tika's parsers not to parse embedded documents (pictures, attached files, OLE objects,
 * an EPUB's navigation file): a story's paragraphs are the document's own text, and an embedded
 * document is never expanded, so an embedded-document bomb cannot unfold. Counts the embedded
 * documents offered and stops the parse when there are more than the limit. One per parse.
 */
final class SkippedEmbeddedDocuments implements EmbeddedDocumentExtractor {

    /** More embedded documents than this is not a story but a bomb. */
    static final int MAX_EMBEDDED = 10_000;

    private final ParseGuard guard;
    private int offered;

    SkippedEmbeddedDocuments(ParseGuard guard) {
        this.guard = guard;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        count();
        return false;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
        count();
    }

    private void count() {
        offered++;
        if (offered > MAX_EMBEDDED) {
            String detail = "more than " + MAX_EMBEDDED + " embedded documents";
            guard.stop(ExtractionFailure.EMBEDDED_LIMIT, detail);
            throw new IllegalStateException(detail);
        }
    }
}
