package org.espejo.workspace;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The findings of the consistency checks per row, rendered as text for exports. */
@Component
class FindingNotes {

    /** One list of notes per row position. */
    List<List<String>> notes(long comparisonId, int rows, String uiLanguage) {
        List<List<String>> notes = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            notes.add(List.of());
        }
        return notes;
    }
}
