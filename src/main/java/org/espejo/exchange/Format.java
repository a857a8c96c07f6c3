package org.espejo.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats Espejo writes, with the file extension and media type a download needs.
 * {@link #isReadable()} tells which ones {@link Importer} also reads.
 */
public enum Format {
    /** Translation memory, TMX 1.4b. */
    TMX("tmx", "tmx", "application/x-tmx+xml", true),
    /** Bilingual XLIFF 2.1: one unit per row, one segment per sentence pair. */
    XLIFF("xliff", "xlf", "application/xliff+xml", true),
    /** Bilingual XLIFF 1.2 (strict), for tools that do not read 2.x. */
    XLIFF_1_2("xliff12", "xliff", "application/x-xliff+xml", true),
    /** Tab-separated values, one line per entry. */
    TSV("tsv", "tsv", "text/tab-separated-values; charset=UTF-8", false),
    /** Comma-separated values, RFC 4180. */
    CSV("csv", "csv", "text/csv; charset=UTF-8", false),
    /** An Excel workbook with one sheet. */
    XLSX("xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false),
    /** A self-contained, printable side-by-side report. */
    HTML("html", "html", "text/html; charset=UTF-8", false),
    /** A Word document with a two-column side-by-side table. */
    DOCX("docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false);

    private final String id;
    private final String extension;
    private final String mediaType;
    private final boolean readable;

    Format(String id, String extension, String mediaType, boolean readable) {
        this.id = id;
        this.extension = extension;
        this.mediaType = mediaType;
        this.readable = readable;
    }

    /** The short name used on the command line and in URLs: {@code tmx}, {@code xliff}, {@code xliff12}, … */
    public String id() {
        return id;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The media type to send with a download. */
    public String mediaType() {
        return mediaType;
    }

    /** Whether the format is text (UTF-8) rather than a binary office file, e.g. to print it on a console. */
    public boolean isText() {
        return this != XLSX && this != DOCX;
    }

    /** Whether {@link Importer} reads this format back. */
    public boolean isReadable() {
        return readable;
    }

    /**
     * A safe file name for a download: the base name with characters that file systems or
     * headers reject replaced, plus the extension ({@code "Quijote 1/2"} → {@code "Quijote 1-2.tmx"}).
     */
    public String fileName(String baseName) {
        String base = baseName == null ? "" : baseName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-").strip();
        base = base.replaceAll("^[.\\-]+", "");
        if (base.isEmpty()) {
            base = "espejo";
        }
        if (base.length() > 120) {
            base = base.substring(0, 120).strip();
        }
        return base + "." + extension;
    }

    /** The format of a short name ({@code tmx}, {@code XLIFF}, {@code xliff12}, …), case-insensitive. */
    public static Optional<Format> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String key = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(key)).findFirst();
    }
}
