package org.espejo.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The names and value formats of what Espejo writes beside the text: TMX {@code <prop>} types,
 * XLIFF 2 metadata ({@code mda:meta}) types and XLIFF 1.2 {@code extradata} keys, so that
 * the writers and the readers agree. Other tools show them as custom fields or ignore them.
 */
final class EspejoMetadata {

    static final String TOOL_NAME = "Espejo";
    static final String TOOL_ID = "espejo";
    static final String CONFIDENCE = "confidence";
    static final String STATUS = "status";
    static final String COMPARISON = "comparison";
    static final String ROW = "row";
    static final String SOURCE_PARAGRAPHS = "source-paragraphs";
    static final String TARGET_PARAGRAPHS = "target-paragraphs";
    /** The XLIFF 2 metadata category and note category prefix. */
    static final String CATEGORY = "espejo";
    /** Category of notes that carry check findings. */
    static final String FINDING_CATEGORY = "espejo-finding";
    /** TMX {@code <prop type>} prefix for user-defined properties. */
    static final String TMX_PREFIX = "x-espejo-";
    static final String XLIFF2_MDA_NS = "urn:oasis:names:tc:xliff:metadata:2.0";
    /** XLIFF 2 {@code subState} of an edited row. */
    static final String EDITED_SUBSTATE = "espejo:edited";

    private EspejoMetadata() {
    }

    static String confidence(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** A confidence written by {@link #confidence(double)}, or empty when absent or malformed. */
    static Optional<Double> parseConfidence(String text) {
        try {
            double v = Double.parseDouble(text.trim());
            return v >= 0 && v <= 1 ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String status(ReviewStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    static Optional<ReviewStatus> parseStatus(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(ReviewStatus.values()).filter(s -> s.name().equals(key)).findFirst();
    }
}
