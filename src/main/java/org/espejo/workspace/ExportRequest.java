package org.espejo.workspace;

import java.util.Objects;

/**
 * What the user chose in the export dialog.
 *
 * @param format        the format's id: {@code tmx}, {@code xliff}, {@code xliff12}, {@code tsv},
 *                      {@code csv}, {@code xlsx}, {@code html} or {@code docx}
 * @param leftTag       language tag for the left (Spanish) side, e.g. {@code es-ES}; empty for
 *                      the plain language code
 * @param rightTag      language tag for the right (English) side, e.g. {@code en-GB}; empty
 *                      for the plain language code
 * @param includeGaps   whether rows with one side empty are written
 * @param confirmedOnly whether only confirmed (or edited) rows are written
 * @param sentences     one entry per sentence pair instead of per row (TMX, TSV, CSV)
 * @param byteOrderMark whether TSV/CSV start with a UTF-8 byte order mark (for Excel)
 * @param uiLanguage    {@code en} or {@code es}: the language of report labels
 */
public record ExportRequest(String format, String leftTag, String rightTag, boolean includeGaps,
                            boolean confirmedOnly, boolean sentences, boolean byteOrderMark, String uiLanguage) {

    public ExportRequest {
        Objects.requireNonNull(format, "format");
        leftTag = leftTag == null ? "" : leftTag;
        rightTag = rightTag == null ? "" : rightTag;
        uiLanguage = "es".equals(uiLanguage) ? "es" : "en";
    }

    /** A TMX of all rows with the plain language codes. */
    public static ExportRequest of(String format) {
        return new ExportRequest(format, "", "", true, false, false, false, "en");
    }
}
