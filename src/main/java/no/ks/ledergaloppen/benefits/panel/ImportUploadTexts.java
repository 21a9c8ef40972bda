package no.ks.ledergaloppen.benefits.panel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The import upload's own texts (buttons, drop zone, errors) in the user's language, with the import's limits. */
final class ImportUploadTexts {

    private ImportUploadTexts() {
    }

    static UploadI18N of(Component c) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation("upload.addOne"))
                        .setMany(c.getTranslation("upload.addMany")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation("upload.dropOne"))
                        .setMany(c.getTranslation("upload.dropMany")))
                .setError(new UploadI18N.Error().setTooManyFiles(c.getTranslation("upload.tooMany"))
                        .setFileIsTooBig(c.getTranslation("benefits.importDialog.tooBig"))
                        .setIncorrectFileType(c.getTranslation("benefits.importDialog.wrongType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(c.getTranslation("upload.connecting"))
                                .setStalled(c.getTranslation("upload.stalled"))
                                .setProcessing(c.getTranslation("upload.processing"))
                                .setHeld(c.getTranslation("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(c.getTranslation("upload.remaining"))
                                .setUnknown(c.getTranslation("upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(c.getTranslation("upload.serverUnavailable"))
                                .setUnexpectedServerError(c.getTranslation("upload.serverError"))
                                .setForbidden(c.getTranslation("upload.refused"))
                                .setFileTooLarge(c.getTranslation("benefits.importDialog.tooBig"))))
                .setFile(new UploadI18N.File().setRetry(c.getTranslation("upload.retry"))
                        .setStart(c.getTranslation("upload.start")).setRemove(c.getTranslation("upload.remove")));
    }
}
