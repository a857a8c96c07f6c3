package org.espejo.exchange;

/**
 * Where a row's pairing came from. {@link #CONFIRMED} and {@link #EDITED} rows have been
 * reviewed by a person; {@link #AUTOMATIC} rows are the engine's proposal.
 */
public enum ReviewStatus {
    /** Proposed by the aligner, not reviewed. */
    AUTOMATIC,
    /** Reviewed and accepted as the aligner proposed it. */
    CONFIRMED,
    /** Reviewed and changed by a person (merged, split, relinked or retyped). */
    EDITED;

    /** Whether a person has reviewed the row. */
    public boolean isReviewed() {
        return this != AUTOMATIC;
    }
}
