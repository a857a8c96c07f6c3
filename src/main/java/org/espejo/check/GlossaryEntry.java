package org.espejo.check;

import java.util.List;
import java.util.Objects;

/**
 * One glossary concept, from the glossary's source language to its target language.
 *
 * @param source    the source-language terms (at least one)
 * @param approved  the translations to use (may be empty when only forbidden ones are known)
 * @param forbidden translations that must not be used
 * @param note      a comment for the translator, or an empty string
 */
public record GlossaryEntry(List<String> source, List<String> approved, List<String> forbidden, String note) {

    public GlossaryEntry {
        source = clean(source);
        approved = clean(approved);
        forbidden = clean(forbidden);
        note = note == null ? "" : note.strip();
        if (source.isEmpty()) {
            throw new IllegalArgumentException("a glossary entry needs a source term");
        }
        if (approved.isEmpty() && forbidden.isEmpty()) {
            throw new IllegalArgumentException("entry " + source + " has neither approved nor forbidden terms");
        }
    }

    /** An entry with one source term and one approved translation. */
    public static GlossaryEntry of(String source, String approved) {
        return new GlossaryEntry(List.of(source), List.of(approved), List.of(), "");
    }

    private static List<String> clean(List<String> terms) {
        return Objects.requireNonNull(terms, "terms").stream().map(String::strip)
                .filter(t -> !Words.folded(t).isEmpty()).distinct().toList();
    }
}
