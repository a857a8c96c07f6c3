package org.espejo.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits that keep hostile or huge files from exhausting the server.
 *
 * @param maxBytes      largest accepted file, in bytes
 * @param maxCharacters most extracted characters accepted
 * @param timeout       longest a single parse may run
 */
public record ExtractionLimits(long maxBytes, long maxCharacters, Duration timeout) {

    /** 50 MB, 20 million characters, 60 seconds. */
    public static final ExtractionLimits DEFAULT =
            new ExtractionLimits(50L * 1024 * 1024, 20_000_000L, Duration.ofSeconds(60));

    public ExtractionLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxBytes <= 0 || maxCharacters <= 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
