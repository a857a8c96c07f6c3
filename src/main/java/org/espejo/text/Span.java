package org.espejo.text;

/**
 * A half-open character range {@code [start, end)} in some text.
 *
 * @param start first character, inclusive
 * @param end   last character, exclusive; {@code end >= start}
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** The covered part of {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
