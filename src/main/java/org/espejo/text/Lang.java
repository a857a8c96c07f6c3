package org.espejo.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A language Espejo can name. Spanish and English are the pair Espejo is built for; the
 * others are the languages most often found mixed into them, so that "another language"
 * can be reported precisely. {@link #UNKNOWN} stands for "too short or too mixed to call".
 */
public enum Lang {
    SPANISH("es"),
    ENGLISH("en"),
    PORTUGUESE("pt"),
    FRENCH("fr"),
    ITALIAN("it"),
    CATALAN("ca"),
    GERMAN("de"),
    UNKNOWN("und");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code ({@code es}, {@code en}, …), or {@code und} for {@link #UNKNOWN}. */
    public String code() {
        return code;
    }

    /** The language as a {@link Locale}, e.g. for display names and number formats. */
    public Locale locale() {
        return this == UNKNOWN ? Locale.ROOT : Locale.forLanguageTag(code);
    }

    /** Whether this is a real language rather than {@link #UNKNOWN}. */
    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /** The language of an ISO 639-1 code or a BCP 47 tag ({@code es-MX}), case-insensitive. */
    public static Optional<Lang> fromCode(String codeOrTag) {
        if (codeOrTag == null || codeOrTag.isBlank()) {
            return Optional.empty();
        }
        String primary = codeOrTag.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return Arrays.stream(values()).filter(l -> l.code.equals(primary)).findFirst();
    }
}
