package org.espejo.align;

import java.util.Objects;

/**
 * A pairing the user confirmed: the engine keeps it as it is and aligns only between such
 * links.
 */
public record FixedLink(Range source, Range target) {

    public FixedLink {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (source.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException("a link needs at least one unit");
        }
    }
}
