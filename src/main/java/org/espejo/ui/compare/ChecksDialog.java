package org.espejo.ui.compare;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.espejo.check.CheckType;
import org.espejo.workspace.FindingService;

/** Switches the consistency checks of one comparison on and off; the checks run again at once. */
class ChecksDialog extends Dialog {

    ChecksDialog(long id, FindingService findings, Runnable changed) {
        setHeaderTitle(getTranslation("findings.checks.title"));
        setId("findings-checks-dialog");
        CheckboxGroup<CheckType> checks = new CheckboxGroup<>();
        checks.setId("findings-checks-group");
        checks.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        checks.setItems(List.of(CheckType.values()));
        checks.setItemLabelGenerator(t -> findings.typeName(t, getLocale()));
        checks.setValue(findings.enabledChecks(id));
        checks.setHelperText(getTranslation("findings.checks.help"));
        checks.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            Set<CheckType> before = e.getOldValue() == null ? EnumSet.noneOf(CheckType.class) : e.getOldValue();
            for (CheckType t : CheckType.values()) {
                boolean on = e.getValue().contains(t);
                if (on != before.contains(t)) {
                    findings.setEnabled(id, t, on);
                }
            }
            changed.run();
        });
        add(checks);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
