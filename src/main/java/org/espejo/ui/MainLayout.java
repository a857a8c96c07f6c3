package org.espejo.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.espejo.ui.create.NewComparisonView;
import org.espejo.ui.library.LibraryView;

/** The frame around every screen: the name, navigation and the UI language switch. */
public class MainLayout extends AppLayout {

    public MainLayout() {
        Anchor brand = new Anchor("", "Espejo");
        brand.addClassName("espejo-brand");
        RouterLink library = new RouterLink(getTranslation("nav.library"), LibraryView.class);
        library.setId("nav-library");
        RouterLink create = new RouterLink(getTranslation("nav.new"), NewComparisonView.class);
        create.setId("nav-new");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("espejo-tagline");

        boolean spanish = "es".equals(getLocale().getLanguage());
        Button language = new Button(spanish ? "English" : "Español", e -> switchTo(spanish ? EspejoI18nProvider.ENGLISH : EspejoI18nProvider.SPANISH));
        language.setId("ui-language");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        language.getElement().setAttribute("lang", spanish ? "en" : "es");
        language.getElement().setAttribute("title", getTranslation("nav.language"));

        HorizontalLayout nav = new HorizontalLayout(library, create);
        nav.addClassName("espejo-nav");
        HorizontalLayout header = new HorizontalLayout(brand, tagline, nav, language);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(nav);
        header.addClassName("espejo-header");
        addToNavbar(header);
    }

    private static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
