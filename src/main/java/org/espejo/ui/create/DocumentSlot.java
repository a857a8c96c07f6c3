package org.espejo.ui.create;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.espejo.text.Lang;
import org.espejo.ui.LimitedUpload;
import org.espejo.workspace.AnalyzedDocument;
import org.espejo.workspace.Sizes;

/**
 * One of the two documents of a new comparison: a drop zone or a pasted text, then what
 * Espejo found in it (paragraphs, detected language, which the user may correct).
 */
class DocumentSlot extends Composite<VerticalLayout> {

    static final String[] ACCEPTED = {".txt", ".md", ".docx", ".doc", ".odt", ".rtf", ".pdf", ".html", ".htm",
        ".xhtml", ".epub", "text/plain", "text/markdown", "text/html", "application/pdf", "application/rtf",
        "application/msword", "application/epub+zip", "application/vnd.oasis.opendocument.text",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"};

    private final Upload upload;
    private final TextArea paste = new TextArea();
    private final Div status = new Div();
    private final Select<Lang> language = new Select<>();
    private final long maxBytes;
    private AnalyzedDocument analyzed;
    private Runnable onChange = () -> { };

    DocumentSlot(String id, String title, long maxBytes, BiConsumer<String, byte[]> onFile,
                 Consumer<String> onPaste) {
        this.maxBytes = maxBytes;
        VerticalLayout root = getContent();
        root.setId(id);
        root.addClassName("espejo-slot");
        root.setPadding(true);

        upload = new Upload(new LimitedUpload(maxBytes, new LimitedUpload.Receiver() {
            @Override
            public void received(com.vaadin.flow.component.UI ui, String fileName, byte[] bytes) {
                onFile.accept(fileName, bytes);
            }

            @Override
            public void tooLarge(com.vaadin.flow.component.UI ui, String fileName) {
                showError(getTranslation("problem.too_large", fileName, megabytes()));
            }
        }));
        upload.setId(id + "-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setDropLabel(new Span(getTranslation("create.drop")));
        upload.addFileRejectedListener(e -> showError(getTranslation("create.rejected", e.getFileName(),
                e.getErrorMessage())));
        upload.setI18n(UploadTexts.of(this, megabytes()));
        upload.addFileRemovedListener(e -> clear());

        paste.setId(id + "-paste");
        paste.setWidthFull();
        paste.setMinHeight("8em");
        paste.setMaxHeight("16em");
        paste.setPlaceholder(getTranslation("create.paste.placeholder"));
        Button usePaste = new Button(getTranslation("create.paste.use"), VaadinIcon.CLIPBOARD_TEXT.create(),
                e -> {
                    if (paste.getValue().isBlank()) {
                        showError(getTranslation("problem.empty", getTranslation("create.pasted")));
                    } else {
                        onPaste.accept(paste.getValue());
                    }
                });
        usePaste.setId(id + "-paste-use");
        Details pasteDetails = new Details(getTranslation("create.paste"), new VerticalLayout(paste, usePaste));
        pasteDetails.setId(id + "-paste-details");

        language.setId(id + "-language");
        language.setLabel(getTranslation("create.language"));
        language.setItems(Lang.values());
        language.setItemLabelGenerator(l -> getTranslation("lang." + l.code()));
        language.setVisible(false);
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && analyzed != null && e.getValue() != null) {
                analyzed = analyzed.withLanguage(e.getValue());
                showResult();
                onChange.run();
            }
        });

        status.setId(id + "-status");
        status.addClassName("espejo-slot-status");
        root.add(new H3(title), upload, pasteDetails, status, language);
    }

    private String megabytes() {
        return Sizes.human(maxBytes);
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    Optional<AnalyzedDocument> document() {
        return Optional.ofNullable(analyzed);
    }

    void showWorking(String name) {
        analyzed = null;
        status.removeAll();
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        status.add(new Span(getTranslation("create.reading", name)), bar);
        language.setVisible(false);
        onChange.run();
    }

    void showAnalyzed(AnalyzedDocument document) {
        analyzed = document;
        language.setValue(document.lang());
        language.setVisible(true);
        showResult();
        onChange.run();
    }

    void showError(String message) {
        analyzed = null;
        status.removeAll();
        Span error = new Span(VaadinIcon.WARNING.create(), new Span(" " + message));
        error.addClassName("espejo-error");
        error.getElement().setAttribute("role", "alert");
        status.add(error);
        language.setVisible(false);
        onChange.run();
    }

    void setLanguage(Lang lang) {
        if (analyzed != null) {
            analyzed = analyzed.withLanguage(lang);
            language.setValue(lang);
            showResult();
        }
    }

    private void clear() {
        analyzed = null;
        status.removeAll();
        language.setVisible(false);
        onChange.run();
    }

    private void showResult() {
        status.removeAll();
        String confidence = analyzed.isLanguageOverridden()
                ? getTranslation("create.language.set")
                : getTranslation("create.language.detected", Math.round(analyzed.langConfidence() * 100));
        Span ok = new Span(VaadinIcon.CHECK.create(), new Span(" " + getTranslation("create.found",
                analyzed.fileName(), analyzed.paragraphCount(), getTranslation("lang." + analyzed.lang().code()),
                confidence)));
        ok.addClassName("espejo-ok");
        status.add(ok);
    }
}
