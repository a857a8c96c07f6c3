package org.espejo.workspace;

/** The two columns of a comparison: Spanish on the left, English on the right. */
public enum Side {
    LEFT,
    RIGHT
}
