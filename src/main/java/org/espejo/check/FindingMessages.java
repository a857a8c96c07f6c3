package org.espejo.check;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words of findings in the user's language, from {@code i18n/checks.properties} (English)
 * and {@code i18n/checks_es.properties} (Spanish). An argument written {@code lang:xx} is shown
 * as the name of language {@code xx}. Immutable and thread-safe.
 *
 * <pre>{@code
 * FindingMessages messages = FindingMessages.forLocale(Locale.forLanguageTag("es"));
 * String text = messages.message(finding);
 * }</pre>
 */
public final class FindingMessages {

    static final String BUNDLE = "i18n/checks";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private FindingMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, FindingMessages.class.getClassLoader(), NO_FALLBACK);
    }

    /** Spanish for a Spanish locale, English for any other. */
    public static FindingMessages forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new FindingMessages("es".equals(locale.getLanguage()) ? Locale.forLanguageTag("es") : Locale.ROOT);
    }

    /** English. */
    public static FindingMessages english() {
        return forLocale(Locale.ENGLISH);
    }

    /** The finding's message with its arguments filled in. */
    public String message(Finding finding) {
        Object[] args = finding.args().stream().map(this::argument).toArray();
        return new MessageFormat(text(finding.messageKey()), locale).format(args);
    }

    /** The name of a check type, e.g. "Numbers and dates". */
    public String typeName(CheckType type) {
        return text("type." + type.id());
    }

    /** The name of a severity, e.g. "Warning". */
    public String severityName(Severity severity) {
        return text("severity." + severity.name());
    }

    /** The raw pattern for {@code key}, or {@code !key} when the bundle lacks it. */
    String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    private Object argument(Object arg) {
        if (arg instanceof String s && s.startsWith("lang:")) {
            return text("lang." + s.substring(5));
        }
        return arg;
    }
}
