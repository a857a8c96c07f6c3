package org.espejo.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds zip containers in tests (OpenDocument, EPUB, and hostile zips). The first entry can be
 * stored uncompressed, as both formats require for their {@code mimetype} entry.
 */
final class ZipBuilder {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private String storedName;
    private int level = java.util.zip.Deflater.DEFAULT_COMPRESSION;

    /** A builder holding the entries of {@code zip}, to replace or add some. */
    static ZipBuilder from(byte[] zip) {
        ZipBuilder builder = new ZipBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getMethod() == ZipEntry.STORED && builder.entries.isEmpty()) {
                    builder.storedName = entry.getName();
                }
                builder.entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return builder;
    }

    /** Deflate at this level (9 packs a bomb tightest). */
    ZipBuilder level(int compressionLevel) {
        level = compressionLevel;
        return this;
    }

    ZipBuilder without(String name) {
        entries.remove(name);
        return this;
    }

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
            zip.setLevel(level);
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
