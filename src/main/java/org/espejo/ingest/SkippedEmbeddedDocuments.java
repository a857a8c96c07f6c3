package org.espejo.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.xml.sax.ContentHandler;

/**
 * Tells Tika's parsers not to parse embedded documents (pictures, attached files, OLE objects,
 * an EPUB's navigation file): a story's paragraphs are the document's own text, and an embedded
 * document is never expanded, so an embedded-document bomb cannot unfold. Counts the embedded
 * documents offered and stops the parse when there are more than the limit. Its
 * {@link #typeDetector()} stands in for the detector parsers run on each embedded document
 * before asking whether to parse it: the type of a document that is skipped anyway is not worth
 * a magic-byte scan, and each call is a point where a stopped parse ends. One per parse.
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

    /** The detector for embedded documents: answers "unknown" at once, failing once the parse is stopped. */
    Detector typeDetector() {
        return this::skippedType;
    }

    private MediaType skippedType(InputStream input, Metadata metadata) throws IOException {
        guard.checkRead();
        if (input != null) {
            input.mark(1); // callers reset() after detection, as after a detector that read ahead
        }
        return MediaType.OCTET_STREAM;
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
