package org.espejo.ui.compare;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.stream.IntStream;
import org.espejo.workspace.ParagraphView;
import org.espejo.workspace.RowView;

/** Asks where to cut a row: after which paragraph on each side. */
class SplitDialog extends Dialog {

    /** Receives how many paragraphs of each side stay in the first row. */
    interface Choice {
        void split(int leftKeep, int rightKeep);
    }

    SplitDialog(RowView row, Choice choice) {
        setHeaderTitle(getTranslation("split.title", row.position() + 1));
        setId("split-dialog");
        add(new Paragraph(getTranslation("split.help")));
        RadioButtonGroup<Integer> left = cutChooser("split-left", getTranslation("split.left"), row.left());
        RadioButtonGroup<Integer> right = cutChooser("split-right", getTranslation("split.right"), row.right());
        add(left, right);
        Button ok = new Button(getTranslation("split.do"), e -> {
            int l = left.getValue();
            int r = right.getValue();
            if (l + r == 0 || l + r == row.left().size() + row.right().size()) {
                left.setInvalid(true);
                left.setErrorMessage(getTranslation("split.invalid"));
                return;
            }
            close();
            choice.split(l, r);
        });
        ok.setId("split-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }

    private RadioButtonGroup<Integer> cutChooser(String id, String label, List<ParagraphView> paragraphs) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(label);
        group.setId(id);
        group.addClassName("espejo-split-choice");
        group.setItems(IntStream.rangeClosed(0, paragraphs.size()).boxed().toList());
        group.setItemLabelGenerator(keep -> keep == 0 ? getTranslation("split.none")
                : keep == paragraphs.size() ? getTranslation("split.all")
                : getTranslation("split.after", shorten(paragraphs.get(keep - 1).text())));
        group.setValue(Math.min(1, paragraphs.size()));
        return group;
    }

    private static String shorten(String text) {
        String t = text.strip();
        return t.length() <= 60 ? t : "…" + t.substring(t.length() - 57);
    }
}
