package org.espejo.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test shortcuts around {@link Exporter} and {@link Importer}. */
final class Exports {

    /** The version written in golden files, so they do not change with each release. */
    static final ExportOptions.Builder GOLDEN = ExportOptions.builder().toolVersion("test");

    private Exports() {
    }

    static byte[] bytes(BilingualDocument document, Format format, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Exporter.write(document, format, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String text(BilingualDocument document, Format format, ExportOptions options) {
        return new String(bytes(document, format, options), StandardCharsets.UTF_8);
    }

    static ImportedFile reimport(BilingualDocument document, Format format, ExportOptions options)
            throws ImportException, IOException {
        return Importer.read(format.fileName("roundtrip"), new ByteArrayInputStream(bytes(document, format, options)));
    }
}
