package org.espejo.ui;

import com.vaadin.flow.component.UI;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs long work off the UI thread and hands the result back to the UI with server push, so
 * the page never freezes. Failures reach the callback; none is swallowed.
 */
@Component
public class BackgroundWork {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);

    private final Executor executor;

    public BackgroundWork(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} in {@code ui}. */
    public <T> void run(UI ui, Supplier<T> work, Consumer<T> onSuccess, Consumer<RuntimeException> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.get();
                ui.access(() -> onSuccess.accept(result));
            } catch (RuntimeException e) {
                LOG.debug("background work failed", e);
                ui.access(() -> onFailure.accept(e));
            }
        });
    }
}
