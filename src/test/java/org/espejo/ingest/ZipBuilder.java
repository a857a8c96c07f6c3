package org.espejo.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds zip containers in tests (OpenDocument, EPUB, and hostile zips). The first entry can be
 * stored uncompressed, as both formats require for their {@code mimetype} entry.
 */
final class ZipBuilder {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private String storedName;

    /** The first entry, stored without compression. */
    ZipBuilder stored(String name, String content) {
        storedName = name;
        entries.put(name, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    ZipBuilder entry(String name, String content) {
        return entry(name, content.getBytes(StandardCharsets.UTF_8));
    }

    ZipBuilder entry(String name, byte[] content) {
        entries.put(name, content);
        return this;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (e.getKey().equals(storedName)) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
