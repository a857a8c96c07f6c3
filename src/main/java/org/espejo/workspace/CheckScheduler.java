package org.espejo.workspace;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Decides when the checks run after a change. A comparison of up to {@link #INLINE_ROWS} rows
 * is checked before the change returns, so its findings are current at once; a longer one (a
 * novel) is checked in the background, so a correction never waits for the whole book to be
 * checked. Changes that arrive while a background run is busy are folded into one more run.
 * Whoever shows findings listens and is told when a background run has finished (an inline
 * run is over before the change returns).
 */
@Component
class CheckScheduler {

    /** Up to this many rows, checks run inline; the planted-error story has 11, Quijote 4,000. */
    static final int INLINE_ROWS = 800;

    private static final Logger LOG = LoggerFactory.getLogger(CheckScheduler.class);

    private enum State { RUNNING, AGAIN }

    private final CheckRunner runner;
    private final AlignedRowRepository rows;
    private final TaskExecutor executor;
    private final Map<Long, State> busy = new ConcurrentHashMap<>();
    private final Map<Long, Set<Runnable>> listeners = new ConcurrentHashMap<>();

    CheckScheduler(CheckRunner runner, AlignedRowRepository rows, TaskExecutor executor) {
        this.runner = runner;
        this.rows = rows;
        this.executor = executor;
    }

    /** Comparison {@code id} changed (and the change is saved): check it again. */
    void changed(long id) {
        if (rows.countOf(id) <= INLINE_ROWS && !busy.containsKey(id)) {
            runner.runQuietly(id);
            return;
        }
        boolean[] start = {false};
        busy.compute(id, (k, state) -> {
            start[0] = state == null;
            return state == null ? State.RUNNING : State.AGAIN;
        });
        if (start[0]) {
            executor.execute(() -> runUntilQuiet(id));
        }
    }

    /** Whether the findings of {@code id} are being brought up to date right now. */
    boolean isChecking(long id) {
        return busy.containsKey(id);
    }

    /** Calls {@code listener} (on the checking thread) each time a background run over {@code id} has finished. */
    Subscription listen(long id, Runnable listener) {
        listeners.computeIfAbsent(id, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.getOrDefault(id, Set.of()).remove(listener);
    }

    private void runUntilQuiet(long id) {
        do {
            runner.runQuietly(id);
        } while (busy.compute(id, (k, state) -> state == State.AGAIN ? State.RUNNING : null) != null);
        tell(id);
    }

    private void tell(long id) {
        for (Runnable listener : listeners.getOrDefault(id, Set.of())) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("a findings listener of comparison {} failed", id, e);
            }
        }
    }
}
