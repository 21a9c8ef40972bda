package no.ks.ledergaloppen.assignment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import no.ks.ledergaloppen.assignment.AttachmentInfo;
import no.ks.ledergaloppen.assignment.AttachmentService;
import no.ks.ledergaloppen.assignment.StoredFile;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Notifications;

/**
 * The files of an answer: a list with download links, and for the writers of an editable answer an
 * upload (checked again on the server, which has the last word) and a remove button per file.
 */
class AttachmentsSection extends Composite<Div> {

    private final AttachmentService attachments;
    private final Supplier<List<AttachmentInfo>> files;
    private final UnorderedList list = new UnorderedList();
    private final boolean editable;
    final Paragraph error = new Paragraph();

    AttachmentsSection(AttachmentService attachments, Supplier<List<AttachmentInfo>> files, Long assignmentIdForUpload,
                       Runnable afterUpload) {
        this.attachments = attachments;
        this.files = files;
        this.editable = assignmentIdForUpload != null;
        Div content = getContent();
        content.setId("attachments");
        content.addClassName("attachments");
        content.add(new H4(getTranslation("assignment.attachments")));
        list.setId("attachment-list");
        content.add(list);
        if (editable) {
            long assignmentId = assignmentIdForUpload;
            Upload upload = new Upload(new AttachmentUpload(attachments, assignmentId, () -> {
                error.setVisible(false);
                refresh();
                afterUpload.run();
            }, this::showError));
            upload.setId("attachment-upload");
            upload.setMaxFileSize((int) AttachmentService.MAX_BYTES); // a hint for the browser; the server decides
            upload.setAcceptedFileTypes(".pdf", ".docx", ".xlsx", ".pptx", ".png", ".jpg", ".jpeg");
            upload.setMaxFiles(5);
            upload.setI18n(i18n());
            Paragraph help = new Paragraph(getTranslation("assignment.attachmentsHelp"));
            help.addClassName("muted");
            error.setId("attachment-error");
            error.addClassName("error-message");
            error.setVisible(false);
            content.add(upload, help, error);
        }
        refresh();
    }

    /** The upload's own texts (buttons, drop zone, errors) in the user's language. */
    private UploadI18N i18n() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.addOne"))
                        .setMany(getTranslation("upload.addMany")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.dropOne"))
                        .setMany(getTranslation("upload.dropMany")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("upload.tooMany"))
                        .setFileIsTooBig(getTranslation("upload.tooBig"))
                        .setIncorrectFileType(getTranslation("upload.wrongType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("upload.connecting"))
                                .setStalled(getTranslation("upload.stalled"))
                                .setProcessing(getTranslation("upload.processing"))
                                .setHeld(getTranslation("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("upload.remaining"))
                                .setUnknown(getTranslation("upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("upload.serverUnavailable"))
                                .setUnexpectedServerError(getTranslation("upload.serverError"))
                                .setForbidden(getTranslation("upload.refused"))
                                .setFileTooLarge(getTranslation("upload.tooBig"))))
                .setFile(new UploadI18N.File().setRetry(getTranslation("upload.retry"))
                        .setStart(getTranslation("upload.start")).setRemove(getTranslation("upload.remove")));
    }

    void showError(DomainException e) {
        error.setText(FieldErrors.message(e));
        error.setVisible(true);
    }

    void refresh() {
        list.removeAll();
        List<AttachmentInfo> current = files.get();
        if (current.isEmpty()) {
            list.add(new ListItem(getTranslation("assignment.noAttachments")));
        }
        for (AttachmentInfo f : current) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                StoredFile file = attachments.download(f.id());
                return new com.vaadin.flow.server.streams.DownloadResponse(
                        new java.io.ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                        file.content().length);
            }), f.fileName());
            link.setId("attachment-" + f.id());
            link.setDownload(true);
            Span size = new Span(" · " + size(f.sizeBytes()) + " · " + f.uploadedBy());
            size.addClassName("muted");
            ListItem item = new ListItem(VaadinIcon.PAPERCLIP.create(), link, size);
            if (editable) {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    try {
                        attachments.remove(f.id());
                        Notifications.success(getTranslation("assignment.attachmentRemoved", f.fileName()));
                        refresh();
                    } catch (DomainException ex) {
                        showError(ex);
                    }
                });
                remove.setAriaLabel(getTranslation("assignment.removeAttachment", f.fileName()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                item.add(remove);
            }
            list.add(item);
        }
    }

    private String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return getTranslation("assignment.sizeKb", Math.max(1, bytes / 1024));
        }
        return getTranslation("assignment.sizeMb", String.format(getLocale() == null ? Locale.ROOT : getLocale(),
                "%.1f", bytes / (1024.0 * 1024.0)));
    }
}
