package org.espejo.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of check Espejo runs; each can be switched off per comparison. */
public enum CheckType {
    /** Numbers, dates, times, percentages, ordinals missing or different on the other side. */
    NUMBERS,
    /** Proper names missing on the other side. */
    NAMES,
    /** Paragraphs or sentences without counterpart, and rows far shorter or longer than usual. */
    OMISSIONS,
    /** Text in the wrong language, or identical on both sides. */
    UNTRANSLATED,
    /** The same sentence translated differently, or different sentences translated alike. */
    INCONSISTENCY,
    /** Glossary terms: approved translation absent, forbidden translation used. */
    TERMINOLOGY,
    /** Spanish typography and punctuation on either side. */
    TYPOGRAPHY,
    /** A name or term spelt or translated in more than one way across the story. */
    VARIANTS;

    /** The lower-case name used on the command line and in message keys, e.g. {@code numbers}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named by {@code id} (case-insensitive). */
    public static Optional<CheckType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equalsIgnoreCase(id.trim())).findFirst();
    }
}
