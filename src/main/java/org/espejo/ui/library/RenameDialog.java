package org.espejo.ui.library;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** Asks for a comparison's new name. */
class RenameDialog extends Dialog {

    RenameDialog(String current, Consumer<String> onSave) {
        setHeaderTitle(getTranslation("library.rename"));
        TextField name = new TextField(getTranslation("library.name"));
        name.setValue(current);
        name.setWidth("28em");
        name.setMaxLength(300);
        name.setRequired(true);
        name.setId("rename-field");
        add(name);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (!name.getValue().isBlank()) {
                onSave.accept(name.getValue());
                close();
            } else {
                name.setInvalid(true);
            }
        });
        save.setId("rename-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        name.focus();
    }
}
