package org.espejo.check;

import java.util.Objects;

/**
 * A finding the user dismissed, remembered by its fingerprint.
 *
 * @param fingerprint the dismissed finding's {@link Finding#fingerprint()}
 * @param reason      why, in the user's words (may be empty)
 */
public record Dismissal(String fingerprint, String reason) {

    public Dismissal {
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (fingerprint.isBlank()) {
            throw new IllegalArgumentException("blank fingerprint");
        }
        reason = reason == null ? "" : reason;
    }

    /** Dismisses {@code finding} for {@code reason}. */
    public static Dismissal of(Finding finding, String reason) {
        return new Dismissal(finding.fingerprint(), reason);
    }
}
