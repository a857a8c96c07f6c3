package org.espejo.ui.compare;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The keyboard shortcuts of the compare view. */
class ShortcutsDialog extends Dialog {

    static final String[][] SHORTCUTS = {
        {"J", "keys.next"},
        {"K", "keys.previous"},
        {"↓ ↑", "keys.move"},
        {"C", "keys.confirm"},
        {"M", "keys.merge"},
        {"S", "keys.split"},
        {"U", "keys.unlink"},
        {"L", "keys.link"},
        {"E", "keys.edit"},
        {"F", "keys.findings"},
        {"Ctrl+Z", "keys.undo"},
        {"Ctrl+Y", "keys.redo"},
        {"?", "keys.help"},
    };

    ShortcutsDialog() {
        setHeaderTitle(getTranslation("keys.title"));
        setId("shortcuts-dialog");
        Div list = new Div();
        list.addClassName("espejo-shortcuts");
        for (String[] s : SHORTCUTS) {
            Span key = new Span(s[0]);
            key.addClassName("espejo-key");
            list.add(new Div(key, new Span(getTranslation(s[1]))));
        }
        add(list);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
