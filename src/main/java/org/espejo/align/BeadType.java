package org.espejo.align;

/** The bead shapes the search considers: how many source and target units a bead takes. */
enum BeadType {
    ONE_ONE(1, 1),
    ONE_ZERO(1, 0),
    ZERO_ONE(0, 1),
    TWO_ONE(2, 1),
    ONE_TWO(1, 2),
    TWO_TWO(2, 2),
    THREE_ONE(3, 1),
    ONE_THREE(1, 3),
    FOUR_ONE(4, 1),
    ONE_FOUR(1, 4);

    /** The most units a bead takes on one side. */
    static final int MAX_UNITS = 4;

    static final BeadType[] ALL = values();

    final int source;
    final int target;

    BeadType(int source, int target) {
        this.source = source;
        this.target = target;
    }

    boolean isGap() {
        return source == 0 || target == 0;
    }
}
