package org.espejo.workspace;

import java.util.List;

/**
 * A glossary entry as the glossary dialog shows it.
 *
 * @param id        its identifier, for removal
 * @param shared    whether it applies to every comparison rather than this one only
 * @param source    Spanish terms (alternatives)
 * @param approved  approved English translations
 * @param forbidden English translations that must not be used
 * @param note      the terminologist's note
 */
public record GlossaryTermView(long id, boolean shared, List<String> source, List<String> approved,
                               List<String> forbidden, String note) {

    public GlossaryTermView {
        source = List.copyOf(source);
        approved = List.copyOf(approved);
        forbidden = List.copyOf(forbidden);
    }
}
