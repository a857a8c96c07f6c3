package org.espejo.ui.compare;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.espejo.workspace.ParagraphView;
import org.espejo.workspace.FindingView;
import org.espejo.workspace.RowEvidence;
import org.espejo.workspace.RowView;
import org.espejo.workspace.Side;
import org.espejo.workspace.TextChange;

/**
 * The panel beside the grid that explains the selected row: why its sides were paired (the
 * matched numbers, names, similar words and dictionary pairs, the length ratio), its status,
 * what the consistency checks found in it, and who changed its text when; with the buttons to edit a paragraph's text.
 */
class Inspector extends Composite<VerticalLayout> {

    private final BiConsumer<Side, ParagraphView> onEditText;

    Inspector(BiConsumer<Side, ParagraphView> onEditText) {
        this.onEditText = onEditText;
        VerticalLayout root = getContent();
        root.setId("compare-inspector");
        root.addClassName("espejo-inspector");
        root.setPadding(true);
        root.setSpacing(false);
        showNothing();
    }

    void showNothing() {
        getContent().removeAll();
        getContent().add(new H3(getTranslation("inspector.title")),
                new Paragraph(getTranslation("inspector.none")));
    }

    void show(RowView row, List<TextChange> history, List<FindingView> findings) {
        VerticalLayout root = getContent();
        root.removeAll();
        root.add(new H3(getTranslation("inspector.row", row.position() + 1, row.type())));
        Span status = new Span(getTranslation("status." + row.status().name()));
        status.getElement().getThemeList().add("badge");
        Span confidence = new Span(getTranslation("inspector.confidence", Math.round(row.confidence() * 100),
                getTranslation("compare.confidence." + SideBySideGrid.bandOf(row.confidence()))));
        root.add(new Div(status, new Span(" "), confidence));

        root.add(new H4(getTranslation("inspector.why")));
        RowEvidence evidence = row.evidence();
        if (row.isGap()) {
            root.add(new Paragraph(getTranslation(row.left().isEmpty() ? "inspector.gap.left" : "inspector.gap.right")));
        } else {
            root.add(line("inspector.length", String.format(Locale.ROOT, "%.2f", evidence.lengthRatio())));
            root.add(cues("inspector.numbers", evidence.numbers()));
            root.add(cues("inspector.names", evidence.names()));
            root.add(cues("inspector.cognates", evidence.cognates()));
            root.add(cues("inspector.lexicon", evidence.lexicon()));
            if (evidence.isEmpty()) {
                root.add(new Paragraph(getTranslation("inspector.nocues")));
            }
        }

        if (!findings.isEmpty()) {
            H4 found = new H4(getTranslation("inspector.findings", findings.size()));
            Div list = new Div();
            list.setId("inspector-findings");
            for (FindingView f : findings) {
                Div item = new Div(new Span(f.message()));
                item.addClassNames("espejo-finding", "sev-" + f.severity().name().toLowerCase(Locale.ROOT));
                list.add(item);
            }
            root.add(found, list);
        }

        root.add(new H4(getTranslation("inspector.text")));
        for (ParagraphView p : row.left()) {
            root.add(editButton(Side.LEFT, p));
        }
        for (ParagraphView p : row.right()) {
            root.add(editButton(Side.RIGHT, p));
        }

        root.add(new H4(getTranslation("inspector.history")));
        if (history.isEmpty()) {
            root.add(new Paragraph(getTranslation("inspector.history.none")));
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        for (TextChange change : history) {
            Div entry = new Div();
            entry.addClassName("espejo-history");
            entry.add(new Div(new Span(change.author() + " · " + when.format(change.at()) + " · "
                    + getTranslation("inspector.paragraph", change.paragraph() + 1))));
            Div before = new Div(new Span(change.before()));
            before.addClassName("before");
            Div after = new Div(new Span(change.after()));
            after.addClassName("after");
            entry.add(before, after);
            root.add(entry);
        }
    }

    private Component editButton(Side side, ParagraphView p) {
        Button edit = new Button(getTranslation(side == Side.LEFT ? "inspector.edit.left" : "inspector.edit.right",
                p.index() + 1), VaadinIcon.EDIT.create(), e -> onEditText.accept(side, p));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.setId("edit-" + side.name().toLowerCase() + "-" + p.index());
        return edit;
    }

    private Component line(String key, String value) {
        Div div = new Div(new Span(getTranslation(key) + ": "), new Span(value));
        div.addClassName("espejo-cue-line");
        return div;
    }

    private Component cues(String key, List<String> values) {
        Div div = new Div();
        div.addClassName("espejo-cue-line");
        if (values.isEmpty()) {
            div.setVisible(false);
            return div;
        }
        div.add(new Span(getTranslation(key) + ": "));
        for (String v : values) {
            Span cue = new Span(v);
            cue.getElement().getThemeList().add("badge contrast small");
            cue.addClassName("espejo-cue");
            div.add(cue);
        }
        return div;
    }
}
