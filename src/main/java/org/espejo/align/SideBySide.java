package org.espejo.align;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Runs two pieces of work at once: one in the calling thread, the other in a thread of its
 * own. Not the common fork-join pool: on a two-core machine it has a single worker, and work
 * queued behind another task there would run after it instead of beside it.
 */
final class SideBySide {

    private SideBySide() {
    }

    /** Runs {@code here} in this thread and {@code there} in a new one; returns when both are done. */
    static void run(Runnable here, Runnable there) {
        FutureTask<Void> other = new FutureTask<>(there, null);
        Thread thread = new Thread(other, "align-side-by-side");
        thread.setDaemon(true);
        thread.start();
        try {
            here.run();
        } finally {
            await(other);
        }
    }

    private static void await(FutureTask<Void> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the other half of the work", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
