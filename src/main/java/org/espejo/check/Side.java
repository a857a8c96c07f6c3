package org.espejo.check;

/** The left (usually Spanish) or right (usually English) side of a story. */
enum Side {
    LEFT,
    RIGHT;

    Side other() {
        return this == LEFT ? RIGHT : LEFT;
    }
}
