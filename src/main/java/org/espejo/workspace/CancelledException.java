package org.espejo.workspace;

/** Thrown when the user cancelled a long operation; nothing was saved. */
public class CancelledException extends RuntimeException {

    public CancelledException() {
        super("cancelled by the user");
    }
}
