package org.espejo.check;

/** Where a row's pairing came from: the aligner, a user's confirmation, or a user's edit. */
public enum Pairing {
    AUTOMATIC,
    CONFIRMED,
    EDITED
}
