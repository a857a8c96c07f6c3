package org.espejo.workspace;

/** The corrections a user can make to an alignment; each one can be undone and redone. */
public enum EditKind {
    MERGE,
    SPLIT,
    MOVE_UP,
    MOVE_DOWN,
    UNLINK,
    LINK,
    CONFIRM,
    UNCONFIRM,
    CONFIRM_ABOVE,
    REALIGN,
    EDIT_TEXT
}
