package org.espejo.workspace;

import org.espejo.ingest.DocumentExtractor;
import org.espejo.language.LanguageDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Loads the language models and Tika's parsers in the background once the application is up,
 * so that the first user does not wait for them.
 */
@Component
class WarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    private final LanguageDetector detector;
    private final DocumentExtractor extractor;
    private final TaskExecutor executor;

    WarmUp(LanguageDetector detector, DocumentExtractor extractor, TaskExecutor executor) {
        this.detector = detector;
        this.extractor = extractor;
        this.executor = executor;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadModels() {
        executor.execute(() -> {
            long start = System.nanoTime();
            detector.detect("El traductor compara las dos versiones. The translator compares both versions.");
            LOG.info("Language models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
            extractor.warmUp();
        });
    }
}
