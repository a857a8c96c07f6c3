package org.espejo.ingest;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs parses of untrusted files on a small, fixed pool of daemon threads, so that the calling
 * (request) thread waits at most the time limit. When the limit passes, the parse is told to
 * stop ({@link ParseGuard}) and its thread is interrupted; the parse ends at its next SAX event or
 * read of its input. A parser stuck inside a library loop that neither reads nor writes keeps its
 * thread until it ends on its own, but the pool is fixed: such parses can never hold more than
 * {@link #THREADS} threads (and cores), and later parses then wait in the queue, still within
 * their own time limit. Thread-safe; one pool per process.
 */
final class ParseRunner {

    /** Parse threads of the process. */
    static final int THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private static final ParseRunner SHARED = new ParseRunner();

    private final ThreadPoolExecutor pool;

    private ParseRunner() {
        AtomicInteger count = new AtomicInteger();
        pool = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread thread = new Thread(r, "espejo-extract-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    static ParseRunner shared() {
        return SHARED;
    }

    /**
     * Runs {@code task} on a parse thread and waits at most {@code timeout} (queueing included).
     *
     * @throws TimeoutException   the limit passed; the parse was told to stop
     * @throws ExecutionException the task failed; its cause is the parse's exception or error
     */
    <T> T run(Callable<T> task, Duration timeout, ParseGuard guard)
            throws TimeoutException, ExecutionException, InterruptedException {
        Future<T> future = pool.submit(task);
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | InterruptedException e) {
            guard.stop(ExtractionFailure.TIMEOUT, "over " + timeout.toMillis() + " ms");
            future.cancel(true);
            pool.remove((Runnable) future);
            throw e;
        }
    }

    /** Parse threads now running a parse (for diagnostics and tests). */
    int busyThreads() {
        return pool.getActiveCount();
    }
}
