package org.espejo.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * BCP 47 language tags as translation tools write them: {@code es}, {@code en}, or regional
 * {@code es-ES}, {@code es-MX}, {@code en-US}, {@code en-GB}. Normalises case and separators
 * ({@code es_mx} → {@code es-MX}) and offers the regional variants a user usually picks.
 * Stateless and thread-safe.
 */
public final class LanguageTags {

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private static final Map<String, List<String>> VARIANTS = Map.of(
            "es", List.of("es", "es-ES", "es-MX", "es-419", "es-AR", "es-CO", "es-US"),
            "en", List.of("en", "en-US", "en-GB", "en-AU", "en-CA", "en-IE"));

    private LanguageTags() {
    }

    /**
     * The canonical form of a tag ({@code EN_us} → {@code en-US}).
     *
     * @throws IllegalArgumentException if the text is not a well-formed language tag
     */
    public static String normalize(String tag) {
        return parse(tag).orElseThrow(() -> new IllegalArgumentException("not a language tag: " + tag));
    }

    /** The canonical form of a tag, or empty when the text is not a well-formed tag. */
    public static Optional<String> parse(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String t = tag.trim().replace('_', '-');
        if (!WELL_FORMED.matcher(t).matches()) {
            return Optional.empty();
        }
        String canonical = Locale.forLanguageTag(t).toLanguageTag();
        if (canonical.equals("und") && !t.equalsIgnoreCase("und")) {
            return Optional.empty();
        }
        return Optional.of(canonical);
    }

    /** The primary language subtag, lower case: {@code es-MX} → {@code es}. */
    public static String primary(String tag) {
        String t = tag.trim().replace('_', '-');
        int dash = t.indexOf('-');
        return (dash < 0 ? t : t.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** Whether two tags name the same language, ignoring region and script. */
    public static boolean sameLanguage(String a, String b) {
        return primary(a).equals(primary(b));
    }

    /**
     * The tags a user usually chooses from for a language: the bare code first, then the
     * regional variants CAT tools expect ({@code es} → {@code es, es-ES, es-MX, …}); just the
     * tag itself for other languages.
     */
    public static List<String> variantsOf(String tag) {
        String p = primary(tag);
        return VARIANTS.getOrDefault(p, List.of(normalize(tag)));
    }
}
