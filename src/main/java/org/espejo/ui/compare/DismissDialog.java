package org.espejo.ui.compare;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks why a finding is dismissed; the reason is kept with the dismissal and shown in the report. */
class DismissDialog extends Dialog {

    DismissDialog(Consumer<String> dismiss) {
        setHeaderTitle(getTranslation("findings.dismiss.title"));
        setId("findings-dismiss-dialog");
        TextArea reason = new TextArea(getTranslation("findings.dismiss.reason"));
        reason.setId("findings-dismiss-reason");
        reason.setHelperText(getTranslation("findings.dismiss.help"));
        reason.setRequired(true);
        reason.setMaxLength(1000);
        reason.setWidth("min(30em, 80vw)");
        add(reason);
        Button ok = new Button(getTranslation("findings.dismiss"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("findings.dismiss.needs.reason"));
                return;
            }
            close();
            dismiss.accept(reason.getValue().strip());
        });
        ok.setId("findings-dismiss-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
        addOpenedChangeListener(e -> reason.focus());
    }
}
