package org.espejo.workspace;

/** Where a row's pairing came from: the engine, a user's confirmation, or a user's edit. */
public enum RowStatus {
    AUTOMATIC,
    CONFIRMED,
    EDITED
}
