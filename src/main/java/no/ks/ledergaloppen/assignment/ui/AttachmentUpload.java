package no.ks.ledergaloppen.assignment.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.Consumer;
import no.ks.ledergaloppen.assignment.AttachmentService;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.OneFileUpload;

/**
 * The server's side of the attachment upload: one file of at most 10 MB per request, whatever the browser
 * was told. Vaadin checks a multipart request against these limits before this handler runs; a raw upload
 * announced as larger is refused before a byte is read. The file is read here, to one byte past the limit
 * and outside any transaction (a slow connection holds no database connection), and the service checks it
 * all again before it stores it.
 */
class AttachmentUpload extends OneFileUpload {

    private final AttachmentService attachments;
    private final long assignmentId;
    private final Runnable stored;

    AttachmentUpload(AttachmentService attachments, long assignmentId, Runnable stored,
                     Consumer<DomainException> refused) {
        super(AttachmentService.MAX_BYTES, AttachmentService.MAX_BYTES, refused);
        this.attachments = attachments;
        this.assignmentId = assignmentId;
        this.stored = stored;
    }

    @Override
    protected void receive(UploadEvent event) throws IOException {
        attachments.checkAnnouncedSize(event.getFileName(), event.getFileSize());
        byte[] content = event.getInputStream().readNBytes((int) AttachmentService.MAX_BYTES + 1);
        attachments.attach(assignmentId, event.getFileName(), new ByteArrayInputStream(content));
        event.getUI().access(stored::run);
    }
}
