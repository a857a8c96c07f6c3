package org.espejo.align;

import java.util.List;
import java.util.Objects;
import org.espejo.text.Lang;

/**
 * What the engine aligns: two lists of units (paragraphs or sentences) and, when known, their
 * languages. Unknown languages are fine: the engine then uses only language-neutral signals.
 */
public record Bitext(List<String> source, Lang sourceLang, List<String> target, Lang targetLang) {

    public Bitext {
        source = List.copyOf(Objects.requireNonNull(source, "source"));
        target = List.copyOf(Objects.requireNonNull(target, "target"));
        Objects.requireNonNull(sourceLang, "sourceLang");
        Objects.requireNonNull(targetLang, "targetLang");
    }

    /** A bitext whose languages are not known. */
    public static Bitext of(List<String> source, List<String> target) {
        return new Bitext(source, Lang.UNKNOWN, target, Lang.UNKNOWN);
    }
}
