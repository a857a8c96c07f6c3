package org.espejo.exchange;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a cleaned document in one format. Implementations are stateless and thread-safe. */
interface FormatWriter {

    /**
     * Writes the document; does not close the stream.
     *
     * @param document a document already passed through {@link SafeText#clean(BilingualDocument)}
     */
    void write(BilingualDocument document, ExportOptions options, OutputStream out) throws IOException;
}
