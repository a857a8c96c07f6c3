package org.espejo.workspace;

import java.time.Duration;
import org.espejo.ingest.ExtractionLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Espejo's settings ({@code espejo.*} in {@code application.properties}).
 *
 * @param ingest limits for uploaded files
 */
@ConfigurationProperties("espejo")
public record EspejoProperties(@DefaultValue Ingest ingest) {

    /**
     * Upload limits.
     *
     * @param maxBytes      largest accepted file (default 50 MB)
     * @param maxCharacters most extracted characters per document (default 20 million)
     * @param timeout       longest a single extraction may run (default 60 s)
     * @param maxParagraphCharacters longest paragraph accepted (default 200,000 characters)
     */
    public record Ingest(@DefaultValue("52428800") long maxBytes,
                         @DefaultValue("20000000") long maxCharacters,
                         @DefaultValue("60s") Duration timeout,
                         @DefaultValue("200000") int maxParagraphCharacters) {

        public ExtractionLimits limits() {
            return new ExtractionLimits(maxBytes, maxCharacters, timeout, maxParagraphCharacters);
        }
    }
}
