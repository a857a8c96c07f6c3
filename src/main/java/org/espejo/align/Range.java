package org.espejo.align;

/**
 * A half-open range {@code [start, end)} of unit indices (paragraphs or sentences) on one
 * side of an alignment. An empty range ({@code start == end}) marks the missing side of a
 * 1-0 or 0-1 bead; its {@code start} still says where in the order the gap lies.
 */
public record Range(int start, int end) {

    public Range {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public static Range of(int start, int end) {
        return new Range(start, end);
    }

    public static Range single(int index) {
        return new Range(index, index + 1);
    }

    public int size() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(int index) {
        return index >= start && index < end;
    }

    /** Comma-separated indices, as in {@code gold.tsv}: {@code "3,4"}, or {@code ""} when empty. */
    public String toIndexList() {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start) {
                sb.append(',');
            }
            sb.append(i);
        }
        return sb.toString();
    }
}
