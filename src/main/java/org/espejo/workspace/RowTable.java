package org.espejo.workspace;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads and replaces runs of rows. Every correction is "replace rows {@code [from, from + n)}
 * with these new rows", which keeps the rows a contiguous, monotone cover of both documents
 * and makes every correction undoable by replacing the new rows with the old ones.
 */
@Component
class RowTable {

    private final AlignedRowRepository rows;

    RowTable(AlignedRowRepository rows) {
        this.rows = rows;
    }

    List<RowState> load(long comparisonId, int from, int to) {
        return rows.findPositions(comparisonId, from, to).stream().map(RowState::of).toList();
    }

    int count(long comparisonId) {
        return rows.countOf(comparisonId);
    }

    /** Replaces {@code oldCount} rows starting at {@code from} by {@code replacement}. */
    void replace(long id, Comparison comparison, int from, int oldCount, List<RowState> replacement) {
        rows.deletePositions(id, from, from + oldCount);
        int delta = replacement.size() - oldCount;
        if (delta != 0) {
            rows.shiftFrom(id, from + oldCount, delta);
        }
        List<AlignedRow> created = new ArrayList<>(replacement.size());
        for (int i = 0; i < replacement.size(); i++) {
            AlignedRow row = new AlignedRow();
            row.comparison = comparison;
            row.position = from + i;
            replacement.get(i).copyTo(row);
            created.add(row);
        }
        rows.saveAll(created);
    }

    /** The position of the row holding paragraph {@code index} of {@code side}. */
    int positionOf(long comparisonId, Side side, int index) {
        List<AlignedRow> found = side == Side.LEFT
                ? rows.findByLeftParagraph(comparisonId, index)
                : rows.findByRightParagraph(comparisonId, index);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no row holds " + side + " paragraph " + index);
        }
        return found.get(0).position;
    }
}
