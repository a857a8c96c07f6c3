package org.espejo.check;

import java.util.List;

/**
 * One kind of consistency check. Implementations are stateless and thread-safe: everything a
 * run needs comes in through the story and the context.
 */
public interface Check {

    /** The kind of findings this check produces (and the switch that turns it off). */
    CheckType type();

    /** The findings in {@code story}, in any order. */
    List<Finding> run(AlignedStory story, CheckContext context);
}
