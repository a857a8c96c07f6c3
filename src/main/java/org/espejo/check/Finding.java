package org.espejo.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One problem a check found.
 *
 * @param type        which check found it
 * @param severity    how much it matters
 * @param row         the row it belongs to (where the UI jumps)
 * @param left        the places it points at on the left side (may be in other rows)
 * @param right       the places it points at on the right side (may be in other rows)
 * @param messageKey  the key of its message in {@code i18n/checks*.properties}
 * @param args        the message's arguments: strings and numbers only
 * @param fingerprint identifies the finding by content (texts, type, offending token), not by
 *                    row, so that a dismissal survives re-alignment and unrelated edits
 * @param otherRows   further rows the finding involves (e.g. the other occurrences of a repeat)
 */
public record Finding(CheckType type, Severity severity, int row, List<Mark> left, List<Mark> right,
                      String messageKey, List<Object> args, String fingerprint, List<Integer> otherRows) {

    public Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (row < 0) {
            throw new IllegalArgumentException("negative row " + row);
        }
        left = List.copyOf(left);
        right = List.copyOf(right);
        args = List.copyOf(args);
        otherRows = List.copyOf(otherRows);
        for (Object arg : args) {
            if (!(arg instanceof String || arg instanceof Integer || arg instanceof Long || arg instanceof Double)) {
                throw new IllegalArgumentException("message arguments are strings or numbers: " + arg);
            }
        }
    }

    /** Starts a finding of {@code type} in {@code row}. */
    static Builder in(CheckType type, Severity severity, int row) {
        return new Builder(type, severity, row);
    }

    /** Collects a finding's parts; the fingerprint is computed from the content given to it. */
    static final class Builder {
        private final CheckType type;
        private final Severity severity;
        private final int row;
        private final List<Mark> left = new ArrayList<>();
        private final List<Mark> right = new ArrayList<>();
        private final List<Integer> otherRows = new ArrayList<>();
        private String messageKey;
        private List<Object> args = List.of();

        private Builder(CheckType type, Severity severity, int row) {
            this.type = type;
            this.severity = severity;
            this.row = row;
        }

        Builder mark(Side side, Mark mark) {
            (side == Side.LEFT ? left : right).add(mark);
            return this;
        }

        Builder marks(Side side, List<Mark> marks) {
            (side == Side.LEFT ? left : right).addAll(marks);
            return this;
        }

        Builder alsoIn(int otherRow) {
            if (otherRow != row && !otherRows.contains(otherRow)) {
                otherRows.add(otherRow);
            }
            return this;
        }

        Builder message(String key, Object... arguments) {
            this.messageKey = type.id() + "." + key;
            this.args = List.of(arguments);
            return this;
        }

        /** Finishes the finding; {@code content} is what identifies it (rule, token, texts). */
        Finding identifiedBy(String... content) {
            Objects.requireNonNull(messageKey, "message() first");
            return new Finding(type, severity, row, left, right, messageKey, args,
                    Fingerprint.of(type, messageKey, content), otherRows);
        }
    }
}
