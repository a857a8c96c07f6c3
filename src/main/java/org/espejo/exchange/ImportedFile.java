package org.espejo.exchange;

import java.util.Objects;

/**
 * What {@link Importer} read from a file.
 *
 * @param format       the format it was written in ({@link Format#TMX}, {@link Format#XLIFF} for
 *                     any XLIFF 2.x, {@link Format#XLIFF_1_2} for XLIFF 1.x)
 * @param document     its units as rows, in file order
 * @param skippedUnits units left out because they had text in neither of the two languages
 */
public record ImportedFile(Format format, BilingualDocument document, int skippedUnits) {

    public ImportedFile {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(document, "document");
        if (skippedUnits < 0) {
            throw new IllegalArgumentException("negative skipped units");
        }
    }
}
