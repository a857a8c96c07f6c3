package org.espejo.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One alignment link as two lists of unit indices, as written in {@code gold.tsv}
 * ({@code "3<TAB>3,4"}). Unlike a {@link Bead}, a link may be non-contiguous (human gold
 * sometimes is). Either side may be empty.
 */
public record Link(List<Integer> source, List<Integer> target) {

    public Link {
        source = List.copyOf(Objects.requireNonNull(source, "source"));
        target = List.copyOf(Objects.requireNonNull(target, "target"));
    }

    /** The link a bead makes. */
    public static Link of(Bead bead) {
        return new Link(indices(bead.source()), indices(bead.target()));
    }

    /**
     * Parses one {@code gold.tsv} line: two tab-separated, comma-separated index lists.
     *
     * @throws IllegalArgumentException if the line is not in that format
     */
    public static Link parse(String line) {
        String[] columns = line.split("\t", -1);
        if (columns.length < 2) {
            throw new IllegalArgumentException("not a link line: " + line);
        }
        return new Link(parseList(columns[0]), parseList(columns[1]));
    }

    /** Whether both sides are empty (such links are ignored by scoring). */
    public boolean isEmpty() {
        return source.isEmpty() && target.isEmpty();
    }

    /** Whether one side is empty (a 1-0 or 0-1 link). */
    public boolean isGap() {
        return source.isEmpty() || target.isEmpty();
    }

    private static List<Integer> indices(Range range) {
        List<Integer> list = new ArrayList<>(range.size());
        for (int i = range.start(); i < range.end(); i++) {
            list.add(i);
        }
        return list;
    }

    private static List<Integer> parseList(String column) {
        List<Integer> list = new ArrayList<>();
        for (String part : column.trim().split(",")) {
            if (!part.isBlank()) {
                try {
                    list.add(Integer.parseInt(part.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad index '" + part + "'", e);
                }
            }
        }
        return list;
    }
}
