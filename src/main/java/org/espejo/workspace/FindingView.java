package org.espejo.workspace;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.espejo.check.CheckType;
import org.espejo.check.Mark;
import org.espejo.check.Severity;

/**
 * A finding of the consistency checks as the findings panel shows it: its message already in
 * the user's language, the places it points at, and whether (and why) it was dismissed.
 *
 * @param fingerprint identifies the finding by content; dismissals refer to it
 * @param row         the row to jump to
 * @param type        the check that found it
 * @param severity    how much it matters
 * @param messageKey  the rule that found it (the key of its message)
 * @param message     what was found, in the user's language
 * @param left        places on the left (Spanish) side: paragraph index and character span
 * @param right       places on the right (English) side
 * @param otherRows   further rows involved (other occurrences of a repeat)
 * @param dismissal   the dismissal, or {@code null} while the finding is open
 */
public record FindingView(String fingerprint, int row, CheckType type, Severity severity, String messageKey,
                          String message,
                          List<Mark> left, List<Mark> right, List<Integer> otherRows, Dismissed dismissal) {

    public FindingView {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(message, "message");
        left = List.copyOf(left);
        right = List.copyOf(right);
        otherRows = List.copyOf(otherRows);
    }

    public boolean isDismissed() {
        return dismissal != null;
    }

    /** Who dismissed a finding, when, and why. */
    public record Dismissed(String reason, String author, Instant at) {
    }
}
