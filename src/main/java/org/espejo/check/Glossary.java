package org.espejo.check;

import java.util.List;
import java.util.Objects;
import org.espejo.text.Lang;

/**
 * Term pairs a translation must respect, from {@code sourceLang} to {@code targetLang}. The
 * checks apply it in whichever direction the story's sides have; a glossary with unknown
 * languages is applied from the left side to the right. Read one from CSV, TSV or TBX with
 * {@link GlossaryReader}, or build it from entries (e.g. typed in the UI).
 *
 * @param sourceLang the language of the entries' source terms
 * @param targetLang the language of their translations
 * @param entries    the concepts
 */
public record Glossary(Lang sourceLang, Lang targetLang, List<GlossaryEntry> entries) {

    /** No terms. */
    public static final Glossary EMPTY = new Glossary(Lang.UNKNOWN, Lang.UNKNOWN, List.of());

    public Glossary {
        Objects.requireNonNull(sourceLang, "sourceLang");
        Objects.requireNonNull(targetLang, "targetLang");
        entries = List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Whether the glossary's source terms are to be looked for on the right side of {@code story}. */
    boolean isReversedFor(AlignedStory story) {
        return sourceLang.isKnown() && sourceLang == story.rightLang() && targetLang == story.leftLang()
                && sourceLang != targetLang;
    }
}
