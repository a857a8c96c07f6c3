package org.espejo.exchange;

import java.util.List;

/** Builds the {@link ImportedFile} the readers return, refusing a file without rows. */
final class ImportedFiles {

    private ImportedFiles() {
    }

    static ImportedFile of(Format format, String name, String sourceLang, String targetLang, List<BilingualRow> rows,
                           int skipped) throws ImportException {
        if (rows.isEmpty()) {
            throw new ImportException(ImportFailure.EMPTY, "no unit has text in " + sourceLang + " or " + targetLang);
        }
        return new ImportedFile(format, new BilingualDocument(name, sourceLang, targetLang, rows), skipped);
    }
}
