package org.espejo.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
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

    private Button user;

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
        Button user = new Button(UserName.current(), VaadinIcon.USER.create(), e -> askName());
        user.setId("user-name");
        user.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        user.setTooltipText(getTranslation("user.tooltip"));
        this.user = user;

        HorizontalLayout header = new HorizontalLayout(brand, tagline, nav, user, language);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(nav);
        header.addClassName("espejo-header");
        addToNavbar(header);
    }

    private void askName() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("user.title"));
        TextField name = new TextField(getTranslation("user.label"));
        name.setId("user-name-field");
        name.setValue(UserName.current());
        name.setMaxLength(100);
        name.setWidth("20em");
        dialog.add(name);
        Button save = new Button(getTranslation("action.save"), e -> {
            UserName.set(name.getValue());
            user.setText(UserName.current());
            dialog.close();
        });
        save.setId("user-name-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
