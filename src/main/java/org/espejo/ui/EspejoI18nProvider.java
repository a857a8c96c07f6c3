package org.espejo.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The UI's texts in Spanish and English, from {@code i18n/messages*.properties}. Vaadin picks
 * the browser's language when it is one of these; the header lets the user switch.
 */
@Component
public class EspejoI18nProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.forLanguageTag("es");
    static final String BUNDLE = "i18n/messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, SPANISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale target = locale != null && "es".equals(locale.getLanguage()) ? SPANISH : ENGLISH;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, target, NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, target).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
