package org.espejo.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The name an editor's changes are recorded under. Espejo has no accounts: the name is asked
 * once, kept in the session and in a cookie of the browser.
 */
public final class UserName {

    private static final String ATTRIBUTE = "espejo.user";
    private static final String COOKIE = "espejo-user";

    private UserName() {
    }

    /** The current editor's name, or the word for "anonymous" in the UI language. */
    public static String current() {
        VaadinSession session = VaadinSession.getCurrent();
        Object name = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (name instanceof String s && !s.isBlank()) {
            return s;
        }
        String fromCookie = fromCookie();
        if (!fromCookie.isBlank()) {
            if (session != null) {
                session.setAttribute(ATTRIBUTE, fromCookie);
            }
            return fromCookie;
        }
        UI ui = UI.getCurrent();
        return ui == null ? "anonymous" : ui.getTranslation("user.anonymous");
    }

    /** Sets the name for this session and remembers it in the browser for a year. */
    public static void set(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.length() > 100) {
            clean = clean.substring(0, 100);
        }
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, clean);
        UI.getCurrent().getPage().executeJs("document.cookie = $0 + '=' + $1 + '; max-age=31536000; path=/; SameSite=Lax'",
                COOKIE, URLEncoder.encode(clean, StandardCharsets.UTF_8));
    }

    private static String fromCookie() {
        VaadinRequest request = VaadinService.getCurrentRequest();
        if (request == null || request.getCookies() == null) {
            return "";
        }
        for (Cookie c : request.getCookies()) {
            if (COOKIE.equals(c.getName())) {
                return URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8).strip();
            }
        }
        return "";
    }
}
