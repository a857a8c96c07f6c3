package org.espejo.ui.compare;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.espejo.workspace.ParagraphView;

/** Edits the text of one paragraph (say, a typo in the translation). */
class EditTextDialog extends Dialog {

    EditTextDialog(String title, ParagraphView paragraph, Consumer<String> onSave) {
        setHeaderTitle(title);
        setId("edit-text-dialog");
        setWidth("min(48em, 95vw)");
        TextArea text = new TextArea();
        text.setId("edit-text-area");
        text.setWidthFull();
        text.setMinHeight("10em");
        text.setValue(paragraph.text());
        add(text);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (text.getValue().isBlank()) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation("edit.empty"));
                return;
            }
            close();
            onSave.accept(text.getValue());
        });
        save.setId("edit-text-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        text.focus();
    }
}
