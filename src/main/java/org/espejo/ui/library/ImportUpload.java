package org.espejo.ui.library;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import java.util.function.LongConsumer;
import org.espejo.ui.BackgroundWork;
import org.espejo.ui.LimitedUpload;
import org.espejo.ui.Messages;
import org.espejo.workspace.ImportService;
import org.espejo.workspace.InputProblem;
import org.espejo.workspace.Sizes;

/** Opens a TMX or XLIFF file as a comparison, reading it in the background. */
class ImportUpload extends Composite<Upload> {

    ImportUpload(ImportService imports, BackgroundWork background, long maxBytes, LongConsumer onOpened) {
        Upload upload = getContent();
        upload.setId("library-import");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".tmx", ".xlf", ".xliff", ".xml", "application/xml", "text/xml",
                "application/x-tmx+xml", "application/xliff+xml");
        Button button = new Button(getTranslation("import.button"), VaadinIcon.FILE_TEXT_O.create());
        button.setTooltipText(getTranslation("import.help"));
        upload.setUploadButton(button);
        upload.setDropAllowed(false);
        upload.setUploadHandler(new LimitedUpload(maxBytes, new LimitedUpload.Receiver() {
            @Override
            public void received(UI ui, String fileName, byte[] bytes) {
                Messages.success(getTranslation("import.reading", fileName));
                background.run(ui, () -> imports.importFile(fileName, bytes), id -> {
                    upload.clearFileList();
                    onOpened.accept(id);
                }, e -> {
                    upload.clearFileList();
                    Messages.error(e instanceof InputProblem p ? Messages.explain(p)
                            : getTranslation("problem.unexpected", e.getClass().getSimpleName()));
                });
            }

            @Override
            public void tooLarge(UI ui, String fileName) {
                upload.clearFileList();
                Messages.error(getTranslation("problem.too_large", fileName, Sizes.human(maxBytes)));
            }
        }));
    }
}
