package org.espejo.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The open findings of the consistency checks per row, rendered as text for exports. */
@Component
class FindingNotes {

    private final FindingService findings;

    FindingNotes(FindingService findings) {
        this.findings = findings;
    }

    /** One list of notes per row position, each "type: message", in the report's language. */
    List<List<String>> notes(long comparisonId, int rows, String uiLanguage) {
        List<List<String>> notes = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            notes.add(new ArrayList<>());
        }
        Locale locale = Locale.forLanguageTag(uiLanguage == null || uiLanguage.isBlank() ? "en" : uiLanguage);
        for (FindingView f : findings.findings(comparisonId, locale)) {
            if (!f.isDismissed() && f.row() >= 0 && f.row() < rows) {
                notes.get(f.row()).add(findings.typeName(f.type(), locale) + ": " + f.message());
            }
        }
        return notes;
    }
}
