package org.espejo.workspace;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Corrections to a comparison's alignment: merge, split, move a paragraph to the neighbouring
 * row, unlink, link, confirm, re-align between confirmed rows, edit a paragraph's text, undo
 * and redo. Every call names the version of the comparison the user saw; if someone changed
 * it since, the call is refused with {@link Problem#STALE_EDIT} and nothing is saved. Each
 * correction is one transaction and one entry in the edit log.
 */
@Service
public class AlignmentEditor {

    private final EditTransactions transactions;
    private final CheckScheduler checks;

    AlignmentEditor(EditTransactions transactions, CheckScheduler checks) {
        this.transactions = transactions;
        this.checks = checks;
    }

    /** The current version of a comparison, to send with the next edit. */
    public long version(long id) {
        return transactions.version(id);
    }

    /** Merges row {@code position} with the next row. */
    public EditResult merge(long id, long version, int position, String author) {
        return guarded(id, () -> transactions.merge(id, version, position, author));
    }

    /**
     * Splits a row in two: the first {@code leftKeep} left paragraphs and the first
     * {@code rightKeep} right paragraphs stay in the first row, the rest form the second.
     */
    public EditResult split(long id, long version, int position, int leftKeep, int rightKeep, String author) {
        return guarded(id, () -> transactions.split(id, version, position, leftKeep, rightKeep, author));
    }

    /** Moves the first paragraph of {@code side} in row {@code position} up into the row above. */
    public EditResult moveUp(long id, long version, int position, Side side, String author) {
        return guarded(id, () -> transactions.move(id, version, position, side, true, author));
    }

    /** Moves the last paragraph of {@code side} in row {@code position} down into the row below. */
    public EditResult moveDown(long id, long version, int position, Side side, String author) {
        return guarded(id, () -> transactions.move(id, version, position, side, false, author));
    }

    /** Separates a row's two sides into a left-only and a right-only row. */
    public EditResult unlink(long id, long version, int position, String author) {
        return guarded(id, () -> transactions.unlink(id, version, position, author));
    }

    /** Pairs a row that has only one side with the next row, which has only the other side. */
    public EditResult link(long id, long version, int position, String author) {
        return guarded(id, () -> transactions.link(id, version, position, author));
    }

    /** Confirms a row (or takes the confirmation back). */
    public EditResult confirm(long id, long version, int position, boolean confirmed, String author) {
        return guarded(id, () -> transactions.confirm(id, version, position, confirmed, author));
    }

    /** Confirms every automatic row whose confidence is at least {@code threshold}. */
    public EditResult confirmAbove(long id, long version, double threshold, String author) {
        return guarded(id, () -> transactions.confirmAbove(id, version, threshold, author));
    }

    /** Aligns again everything between the rows the user confirmed, which stay as they are. */
    public EditResult realign(long id, long version, String author) {
        return guarded(id, () -> transactions.realign(id, version, author));
    }

    /** Replaces the text of one paragraph (a typo fixed in the translation); kept in the history. */
    public EditResult editText(long id, long version, Side side, int paragraph, String text, String author) {
        return guarded(id, () -> transactions.editText(id, version, side, paragraph, text, author));
    }

    /** Undoes the last correction not yet undone. */
    public EditResult undo(long id, long version, String author) {
        return guarded(id, () -> transactions.undo(id, version));
    }

    /** Redoes the last undone correction. */
    public EditResult redo(long id, long version, String author) {
        return guarded(id, () -> transactions.redo(id, version));
    }

    /** Whether there is something to undo and to redo. */
    public UndoState undoState(long id) {
        return transactions.undoState(id);
    }

    /** The text changes of the paragraphs in a row, newest first. */
    public List<TextChange> history(long id, int position) {
        return transactions.history(id, position);
    }

    /** Runs an edit; once it is saved, the checks run again over the corrected rows (see {@link CheckScheduler}). */
    private EditResult guarded(long id, Supplier<EditResult> edit) {
        try {
            EditResult result = edit.get();
            checks.changed(id);
            return result;
        } catch (OptimisticLockingFailureException e) {
            throw new InputProblem(Problem.STALE_EDIT, "", List.of(), e);
        }
    }
}
