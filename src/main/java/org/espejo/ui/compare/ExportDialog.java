package org.espejo.ui.compare;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import org.espejo.workspace.ComparisonSummary;
import org.espejo.workspace.ExportFormat;
import org.espejo.workspace.ExportRequest;
import org.espejo.workspace.ExportService;

/**
 * Chooses a format and its options, and downloads the comparison in it. The file is written
 * while it downloads, so even the whole Quijote streams without holding the UI.
 */
class ExportDialog extends Dialog {

    private final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>();
    private final Select<String> leftTag = new Select<>();
    private final Select<String> rightTag = new Select<>();
    private final Checkbox gaps = new Checkbox();
    private final Checkbox confirmedOnly = new Checkbox();
    private final Checkbox sentences = new Checkbox();
    private final Checkbox bom = new Checkbox();
    /** The choices as last made in the UI; read by the download, which runs outside the UI lock. */
    private volatile ExportRequest current;

    ExportDialog(ComparisonSummary summary, ExportService exports) {
        setHeaderTitle(getTranslation("export.title"));
        setId("export-dialog");
        setWidth("min(40em, 95vw)");
        format.setId("export-format");
        format.setLabel(getTranslation("export.format"));
        format.setItems(exports.formats());
        format.setItemLabelGenerator(f -> getTranslation("export.format." + f.id()));
        format.setValue(exports.formats().get(0));
        format.addThemeName("vertical");

        leftTag.setId("export-left-tag");
        leftTag.setLabel(getTranslation("export.left"));
        leftTag.setItems(exports.languageTags(summary.leftLang()));
        leftTag.setValue(summary.leftLang().code());
        rightTag.setId("export-right-tag");
        rightTag.setLabel(getTranslation("export.right"));
        rightTag.setItems(exports.languageTags(summary.rightLang()));
        rightTag.setValue(summary.rightLang().code());

        gaps.setLabel(getTranslation("export.gaps"));
        gaps.setValue(true);
        confirmedOnly.setLabel(getTranslation("export.confirmed"));
        sentences.setLabel(getTranslation("export.sentences"));
        bom.setLabel(getTranslation("export.bom"));
        bom.setId("export-bom");

        String ui = "es".equals(getLocale().getLanguage()) ? "es" : "en";
        current = request(ui);
        format.addValueChangeListener(e -> current = request(ui));
        leftTag.addValueChangeListener(e -> current = request(ui));
        rightTag.addValueChangeListener(e -> current = request(ui));
        for (Checkbox c : new Checkbox[] {gaps, confirmedOnly, sentences, bom}) {
            c.addValueChangeListener(e -> current = request(ui));
        }
        Anchor download = new Anchor((DownloadHandler) event -> {
            ExportRequest request = current;
            event.setFileName(exports.fileName(summary.id(), request.format()));
            event.setContentType(exports.mediaType(request.format()));
            try (OutputStream out = event.getOutputStream()) {
                exports.write(summary.id(), request, out);
            }
        }, AttachmentType.DOWNLOAD, "");
        Button button = new Button(getTranslation("export.download"), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.add(button);
        download.setId("export-download");

        add(new VerticalLayout(format, new HorizontalLayout(leftTag, rightTag), gaps, confirmedOnly, sentences, bom));
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), download);
    }

    private ExportRequest request(String ui) {
        return new ExportRequest(format.getValue().id(), leftTag.getValue(), rightTag.getValue(), gaps.getValue(),
                confirmedOnly.getValue(), sentences.getValue(), bom.getValue(), ui);
    }
}
