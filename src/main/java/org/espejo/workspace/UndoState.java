package org.espejo.workspace;

/** Whether a comparison has corrections to undo and to redo. */
public record UndoState(boolean canUndo, boolean canRedo) {
}
