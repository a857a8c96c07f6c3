package org.espejo.workspace;

/**
 * A format comparisons can be exported to.
 *
 * @param id        the format's id, as in {@link ExportRequest#format()}
 * @param extension the file extension, without the dot
 * @param readable  whether Espejo can also open files of this format as a comparison
 */
public record ExportFormat(String id, String extension, boolean readable) {
}
