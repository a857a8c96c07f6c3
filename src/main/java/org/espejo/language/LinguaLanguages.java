package org.espejo.language;

import com.github.pemistahl.lingua.api.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.espejo.text.Lang;

/** The candidate languages, and the translation between Espejo's {@link Lang} and Lingua's. */
final class LinguaLanguages {

    /** Spanish, English and the languages most often mixed into them, in {@link Lang} order. */
    static final List<Lang> CANDIDATES = List.of(Lang.SPANISH, Lang.ENGLISH, Lang.PORTUGUESE,
            Lang.FRENCH, Lang.ITALIAN, Lang.CATALAN, Lang.GERMAN);

    private static final Map<Lang, Language> TO_LINGUA = new EnumMap<>(Map.of(
            Lang.SPANISH, Language.SPANISH,
            Lang.ENGLISH, Language.ENGLISH,
            Lang.PORTUGUESE, Language.PORTUGUESE,
            Lang.FRENCH, Language.FRENCH,
            Lang.ITALIAN, Language.ITALIAN,
            Lang.CATALAN, Language.CATALAN,
            Lang.GERMAN, Language.GERMAN));

    private LinguaLanguages() {
    }

    /** Lingua's languages for the candidates. */
    static Language[] lingua() {
        return CANDIDATES.stream().map(TO_LINGUA::get).toArray(Language[]::new);
    }

    /** Espejo's language for one of Lingua's, {@link Lang#UNKNOWN} for a non-candidate. */
    static Lang of(Language language) {
        for (Map.Entry<Lang, Language> e : TO_LINGUA.entrySet()) {
            if (e.getValue() == language) {
                return e.getKey();
            }
        }
        return Lang.UNKNOWN;
    }
}
