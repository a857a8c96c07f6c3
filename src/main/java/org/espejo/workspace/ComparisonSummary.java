package org.espejo.workspace;

import java.time.Instant;
import java.util.Objects;
import org.espejo.text.Lang;

/**
 * A saved comparison as the library lists it.
 *
 * @param id              its identifier
 * @param name            its name
 * @param leftLang        language of the left (Spanish) document
 * @param rightLang       language of the right (English) document
 * @param leftFile        file name of the left document
 * @param rightFile       file name of the right document
 * @param leftParagraphs  paragraphs in the left document
 * @param rightParagraphs paragraphs in the right document
 * @param rows            aligned rows
 * @param reviewedRows    rows a user confirmed or edited
 * @param openFindings    findings of the consistency checks not dismissed
 * @param updatedAt       last change
 */
public record ComparisonSummary(long id, String name, Lang leftLang, Lang rightLang,
                                String leftFile, String rightFile,
                                int leftParagraphs, int rightParagraphs, int rows, int reviewedRows,
                                int openFindings, Instant updatedAt) {

    public ComparisonSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Share of rows confirmed or edited, 0–100. */
    public int reviewedPercent() {
        return rows == 0 ? 0 : (int) Math.round(100.0 * reviewedRows / rows);
    }
}
