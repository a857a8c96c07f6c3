package org.espejo.ui.create;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload component's own texts in the user's language. */
final class UploadTexts {

    private UploadTexts() {
    }

    static UploadI18N of(Component owner, String maxSize) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(owner.getTranslation("upload.drop"))
                .setMany(owner.getTranslation("upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(owner.getTranslation("upload.add"))
                .setMany(owner.getTranslation("upload.add")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(owner.getTranslation("upload.error.many"))
                .setFileIsTooBig(owner.getTranslation("upload.error.big", maxSize))
                .setIncorrectFileType(owner.getTranslation("upload.error.type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(owner.getTranslation("upload.connecting"))
                        .setStalled(owner.getTranslation("upload.stalled"))
                        .setProcessing(owner.getTranslation("upload.processing"))
                        .setHeld(owner.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(owner.getTranslation("upload.remaining"))
                        .setUnknown(owner.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(owner.getTranslation("upload.error.server"))
                        .setUnexpectedServerError(owner.getTranslation("upload.error.server"))
                        .setForbidden(owner.getTranslation("upload.error.server"))));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB")));
        return i18n;
    }
}
