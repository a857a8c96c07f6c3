package org.espejo.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Checks user-fixed links and turns them into path steps. */
final class FixedLinks {

    private FixedLinks() {
    }

    /**
     * The links in document order.
     *
     * @throws IllegalArgumentException if a link points outside the texts, or two links overlap or cross
     */
    static List<FixedLink> validated(List<FixedLink> fixed, int sourceSize, int targetSize) {
        Objects.requireNonNull(fixed, "fixed");
        List<FixedLink> sorted = new ArrayList<>(fixed);
        sorted.sort(Comparator.comparingInt((FixedLink l) -> l.source().start())
                .thenComparingInt(l -> l.target().start()));
        int s = 0;
        int t = 0;
        for (FixedLink link : sorted) {
            Objects.requireNonNull(link, "fixed link");
            if (link.source().end() > sourceSize || link.target().end() > targetSize) {
                throw new IllegalArgumentException("fixed link outside the texts: " + link);
            }
            if (link.source().start() < s || link.target().start() < t) {
                throw new IllegalArgumentException("fixed links overlap or cross at " + link);
            }
            s = link.source().end();
            t = link.target().end();
        }
        return sorted;
    }

    static Step asStep(FixedLink link) {
        return new Step(link.source(), link.target(), true, 1.0);
    }
}
