package org.espejo.exchange;

import java.util.Locale;

/**
 * The unit one exported entry stands for: a whole aligned row (its paragraphs) or one
 * sentence pair inside a row. Named as TMX's {@code segtype} attribute names them.
 */
public enum Segtype {
    /** One TMX unit, table line or spreadsheet row per aligned row. */
    PARAGRAPH,
    /** One TMX unit, table line or spreadsheet row per sentence pair. */
    SENTENCE;

    /** The value of TMX's {@code segtype} attribute. */
    public String tmxValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
