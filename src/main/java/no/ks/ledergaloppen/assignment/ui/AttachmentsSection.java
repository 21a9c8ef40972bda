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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
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
            Upload upload = new Upload((UploadHandler) event -> {
                try {
                    attachments.attach(assignmentId, event.getFileName(), event.getInputStream());
                    event.getUI().access(() -> {
                        error.setVisible(false);
                        refresh();
                        afterUpload.run();
                    });
                } catch (DomainException e) {
                    event.reject(event.getUI().getTranslation(e.messageKey(), e.args()));
                    event.getUI().access(() -> showError(e));
                }
            });
            upload.setId("attachment-upload");
            upload.setMaxFileSize((int) (10L * 1024 * 1024));
            upload.setAcceptedFileTypes(".pdf", ".docx", ".xlsx", ".pptx", ".png", ".jpg", ".jpeg");
            upload.setMaxFiles(5);
            Paragraph help = new Paragraph(getTranslation("assignment.attachmentsHelp"));
            help.addClassName("muted");
            error.setId("attachment-error");
            error.addClassName("error-message");
            error.setVisible(false);
            content.add(upload, help, error);
        }
        refresh();
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
