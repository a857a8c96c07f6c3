package org.espejo.ui.compare;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import org.espejo.ui.LimitedUpload;
import org.espejo.ui.Messages;
import org.espejo.workspace.FindingService;
import org.espejo.workspace.GlossaryTermView;
import org.espejo.workspace.InputProblem;
import org.espejo.workspace.Sizes;

/**
 * The glossary the terminology check uses: entries of this comparison and shared ones, added
 * by hand or uploaded as CSV, TSV or TBX. Every change runs the checks again.
 */
class GlossaryDialog extends Dialog {

    private static final long MAX_BYTES = 5L * 1024 * 1024;

    private final long id;
    private final FindingService findings;
    private final Runnable changed;
    private final Grid<GlossaryTermView> terms = new Grid<>();

    GlossaryDialog(long id, FindingService findings, Runnable changed) {
        this.id = id;
        this.findings = findings;
        this.changed = changed;
        setHeaderTitle(getTranslation("glossary.title"));
        setId("glossary-dialog");
        setWidth("min(60em, 95vw)");

        terms.setId("glossary-terms");
        terms.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        terms.addColumn(t -> String.join(" | ", t.source())).setHeader(getTranslation("glossary.source")).setFlexGrow(2);
        terms.addColumn(t -> String.join(" | ", t.approved())).setHeader(getTranslation("glossary.approved"))
                .setFlexGrow(2);
        terms.addColumn(t -> String.join(" | ", t.forbidden())).setHeader(getTranslation("glossary.forbidden"))
                .setFlexGrow(2);
        terms.addColumn(GlossaryTermView::note).setHeader(getTranslation("glossary.note")).setFlexGrow(2);
        terms.addColumn(t -> t.shared() ? getTranslation("glossary.shared.yes") : "")
                .setHeader(getTranslation("glossary.shared")).setFlexGrow(1);
        terms.addComponentColumn(t -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                findings.removeTerm(id, t.id());
                afterChange();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("glossary.remove"));
            remove.setTooltipText(getTranslation("glossary.remove"));
            return remove;
        }).setFlexGrow(0).setWidth("4em");
        terms.setHeight("16rem");

        TextField source = field("glossary-source", "glossary.source");
        TextField approved = field("glossary-approved", "glossary.approved");
        TextField forbidden = field("glossary-forbidden", "glossary.forbidden");
        TextField note = field("glossary-note", "glossary.note");
        Checkbox shared = new Checkbox(getTranslation("glossary.shared.all"));
        shared.setId("glossary-shared");
        Button add = new Button(getTranslation("glossary.add"), VaadinIcon.PLUS.create(), e -> {
            try {
                findings.addTerm(id, shared.getValue(), source.getValue(), approved.getValue(), forbidden.getValue(),
                        note.getValue());
                source.clear();
                approved.clear();
                forbidden.clear();
                note.clear();
                afterChange();
                source.focus();
            } catch (IllegalArgumentException problem) {
                Messages.error(getTranslation("glossary.incomplete"));
            }
        });
        add.setId("glossary-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(source, approved, forbidden, note, shared, add);
        form.setWrap(true);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        Upload upload = new Upload();
        upload.setId("glossary-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", ".tsv", ".txt", ".tbx", ".xml", "text/csv", "text/tab-separated-values",
                "application/xml", "text/xml");
        upload.setUploadButton(new Button(getTranslation("glossary.upload"), VaadinIcon.UPLOAD.create()));
        upload.setDropAllowed(false);
        upload.setUploadHandler(new LimitedUpload(MAX_BYTES, new LimitedUpload.Receiver() {
            @Override
            public void received(UI ui, String fileName, byte[] bytes) {
                upload.clearFileList();
                try {
                    int added = findings.importGlossary(id, shared.getValue(), fileName, new ByteArrayInputStream(bytes));
                    Messages.success(getTranslation("glossary.uploaded", added, fileName));
                    afterChange();
                } catch (InputProblem problem) {
                    Messages.error(Messages.explain(problem));
                }
            }

            @Override
            public void tooLarge(UI ui, String fileName) {
                upload.clearFileList();
                Messages.error(getTranslation("problem.too_large", fileName, Sizes.human(MAX_BYTES)));
            }
        }));

        VerticalLayout content = new VerticalLayout(terms, form, upload);
        content.setPadding(false);
        add(content);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        terms.setItems(findings.glossary(id));
    }

    private TextField field(String elementId, String key) {
        TextField field = new TextField(getTranslation(key));
        field.setId(elementId);
        field.setWidth("11em");
        return field;
    }

    private void afterChange() {
        terms.setItems(findings.glossary(id));
        changed.run();
    }
}
