package org.espejo.align;

/**
 * Fills the {@link MatchRows} of a band in a second thread while the search reads them: the
 * rows of source unit {@code a} are computed up to {@value #RING} units ahead of the row the
 * search is working on, and never overwrite a row the search may still read. The search calls
 * {@link #await} before it reads the rows of a unit and {@link #release} when it has finished
 * a row; {@link #close} stops the producer. For one search at a time.
 */
final class MatchRowsAhead implements AutoCloseable {

    /** Source units kept in the ring. */
    static final int RING = 64;
    private static final int SPINS = 256;

    private final MatchRows rows;
    private final int units;
    private final Thread producer;
    /** Rows of units {@code [0, produced)} are ready. */
    private volatile int produced;
    /** The search has finished band row {@code released} (and now reads units from {@code released - 3}). */
    private volatile int released = -1;
    private volatile boolean stopped;
    private volatile Throwable failure;

    /** Starts filling the rows of the band's source units {@code 0 … band.rows - 1}. */
    MatchRowsAhead(Features features, int s0, int t0, Band band) {
        this.rows = new MatchRows(features, s0, t0, band, RING);
        this.units = band.rows;
        this.producer = new Thread(this::produce, "match-rows");
        producer.setDaemon(true);
        producer.start();
    }

    private void produce() {
        try {
            for (int a = 0; a < units && !stopped; a++) {
                // unit a takes the slot of unit a - RING, which the search must no longer need
                for (int spins = 0; a > released + RING - BeadType.MAX_UNITS && !stopped; spins++) {
                    pause(spins);
                }
                rows.advance(a);
                produced = a + 1;
            }
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    /** The rows, once those of source unit {@code a} are ready (at once for {@code a < 0}). */
    MatchRows await(int a) {
        for (int spins = 0; produced <= a; spins++) {
            Throwable failed = failure;
            if (failed != null) {
                throw new IllegalStateException("computing match rows failed", failed);
            }
            pause(spins);
        }
        return rows;
    }

    /** The search has finished band row {@code i}. */
    void release(int i) {
        released = i;
    }

    @Override
    public void close() {
        stopped = true;
    }

    private static void pause(int spins) {
        if (spins < SPINS) {
            Thread.onSpinWait();
        } else {
            Thread.yield();
        }
    }
}
