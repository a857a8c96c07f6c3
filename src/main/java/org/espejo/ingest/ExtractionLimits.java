package org.espejo.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits that keep hostile or huge files from exhausting the server.
 *
 * @param maxBytes               largest accepted file, in bytes
 * @param maxCharacters          most extracted characters accepted for a whole document
 * @param timeout                longest a single parse may run
 * @param maxParagraphCharacters longest accepted paragraph, in characters
 */
public record ExtractionLimits(long maxBytes, long maxCharacters, Duration timeout, int maxParagraphCharacters) {

    /** Default longest paragraph: far above any real paragraph, far below a file on one line. */
    public static final int DEFAULT_MAX_PARAGRAPH_CHARACTERS = 200_000;

    /** 50 MB, 20 million characters, 60 seconds, paragraphs of at most 200,000 characters. */
    public static final ExtractionLimits DEFAULT =
            new ExtractionLimits(50L * 1024 * 1024, 20_000_000L, Duration.ofSeconds(60));

    public ExtractionLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxBytes <= 0 || maxCharacters <= 0 || maxParagraphCharacters <= 0
                || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Limits with the default longest paragraph. */
    public ExtractionLimits(long maxBytes, long maxCharacters, Duration timeout) {
        this(maxBytes, maxCharacters, timeout, DEFAULT_MAX_PARAGRAPH_CHARACTERS);
    }

    /** These limits with another byte limit. */
    public ExtractionLimits withMaxBytes(long bytes) {
        return new ExtractionLimits(bytes, maxCharacters, timeout, maxParagraphCharacters);
    }

    /** These limits with another character limit. */
    public ExtractionLimits withMaxCharacters(long characters) {
        return new ExtractionLimits(maxBytes, characters, timeout, maxParagraphCharacters);
    }

    /** These limits with another time limit. */
    public ExtractionLimits withTimeout(Duration limit) {
        return new ExtractionLimits(maxBytes, maxCharacters, limit, maxParagraphCharacters);
    }

    /** These limits with another paragraph length limit. */
    public ExtractionLimits withMaxParagraphCharacters(int characters) {
        return new ExtractionLimits(maxBytes, maxCharacters, timeout, characters);
    }
}
