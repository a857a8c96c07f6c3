package org.espejo.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * What a file's name and first bytes say about how to read it, before (and often instead of)
 * asking Tika's detector: a {@code .txt} or {@code .md} file is read as text at once unless its
 * first bytes are those of a zip, OLE2 (Word 97), PDF or RTF file. Stateless.
 */
final class FileTypes {

    /** How a file is read. */
    enum Reading {
        /** Plain text, decoded and split by {@link TextSplit}. */
        PLAIN_TEXT,
        /** Markdown. */
        MARKDOWN,
        /** Ask Tika's detector. */
        DETECT
    }

    private static final Set<String> TEXT = Set.of("txt", "text");
    private static final Set<String> MARKDOWN = Set.of("md", "markdown", "mdown", "mkd", "mkdn");
    private static final Set<String> STRUCTURED = Set.of("docx", "docm", "dotx", "dotm", "doc", "dot", "odt",
            "ott", "rtf", "pdf", "html", "htm", "xhtml", "xht", "epub");

    private FileTypes() {
    }

    static Reading reading(String fileName, byte[] bytes) {
        String extension = extension(fileName);
        if (isContainer(bytes)) {
            return Reading.DETECT;
        }
        if (TEXT.contains(extension)) {
            return Reading.PLAIN_TEXT;
        }
        return MARKDOWN.contains(extension) ? Reading.MARKDOWN : Reading.DETECT;
    }

    /** Whether the name ends in the extension of a format Espejo reads. */
    static boolean claimsSupportedFormat(String fileName) {
        String extension = extension(fileName);
        return TEXT.contains(extension) || MARKDOWN.contains(extension) || STRUCTURED.contains(extension);
    }

    /** Whether the media type (from Tika's detector) is Markdown. */
    static boolean isMarkdown(String mediaType) {
        return mediaType.equals("text/markdown") || mediaType.equals("text/x-web-markdown");
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isContainer(byte[] bytes) {
        return startsWith(bytes, "PK\u0003\u0004") || startsWith(bytes, "%PDF") || startsWith(bytes, "{\\rtf")
                || startsWith(bytes, "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1");
    }

    private static boolean startsWith(byte[] bytes, String latin1Prefix) {
        if (bytes.length < latin1Prefix.length()) {
            return false;
        }
        for (int i = 0; i < latin1Prefix.length(); i++) {
            if ((bytes[i] & 0xFF) != latin1Prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
