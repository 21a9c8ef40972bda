package no.ks.ledergaloppen.assignment.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.Consumer;
import no.ks.ledergaloppen.assignment.AttachmentService;
import no.ks.ledergaloppen.base.DomainException;

/**
 * The server's side of the attachment upload: one file of at most 10 MB per request, whatever the browser
 * was told. Vaadin checks a multipart request against these limits before this handler runs; a raw upload
 * announced as larger is refused before a byte is read. The file is read here, to one byte past the limit
 * and outside any transaction (a slow connection holds no database connection), and the service checks it
 * all again before it stores it.
 */
class AttachmentUpload implements UploadHandler {

    /** Room for the multipart boundaries and part headers around the one file. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final AttachmentService attachments;
    private final long assignmentId;
    private final Runnable stored;
    private final Consumer<DomainException> refused;

    AttachmentUpload(AttachmentService attachments, long assignmentId, Runnable stored,
                     Consumer<DomainException> refused) {
        this.attachments = attachments;
        this.assignmentId = assignmentId;
        this.stored = stored;
        this.refused = refused;
    }

    @Override
    public long getFileSizeMax() {
        return AttachmentService.MAX_BYTES;
    }

    @Override
    public long getRequestSizeMax() {
        return AttachmentService.MAX_BYTES + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        try {
            attachments.checkAnnouncedSize(event.getFileName(), event.getFileSize());
            byte[] content = event.getInputStream().readNBytes((int) AttachmentService.MAX_BYTES + 1);
            attachments.attach(assignmentId, event.getFileName(), new ByteArrayInputStream(content));
            event.getUI().access(stored::run);
        } catch (DomainException e) {
            event.reject(event.getUI().getTranslation(e.messageKey(), e.args()));
            event.getUI().access(() -> refused.accept(e));
        }
    }
}
