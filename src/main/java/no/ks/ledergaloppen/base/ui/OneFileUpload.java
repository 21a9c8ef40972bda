package no.ks.ledergaloppen.base.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.util.function.Consumer;
import no.ks.ledergaloppen.base.DomainException;

/**
 * The server's side of an upload of one file with a size limit, whatever the browser was told: Vaadin checks
 * a multipart request against these limits before the handler runs. A refusal ({@link DomainException})
 * rejects the upload with its message and is handed to the UI.
 */
public abstract class OneFileUpload implements UploadHandler {

    /** Room for the multipart boundaries and part headers around the one file. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final long maxBytes;
    private final long fileSizeMax;
    private final Consumer<DomainException> refused;

    /**
     * @param maxBytes    the largest file accepted
     * @param fileSizeMax the limit Vaadin enforces on the file itself (above {@code maxBytes} when the
     *                    handler wants to refuse a too large file with a message of its own)
     */
    protected OneFileUpload(long maxBytes, long fileSizeMax, Consumer<DomainException> refused) {
        this.maxBytes = maxBytes;
        this.fileSizeMax = fileSizeMax;
        this.refused = refused;
    }

    @Override
    public long getFileSizeMax() {
        return fileSizeMax;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        try {
            receive(event);
        } catch (DomainException e) {
            event.reject(event.getUI().getTranslation(e.messageKey(), e.args()));
            event.getUI().access(() -> refused.accept(e));
        }
    }

    /** Reads and keeps (or parses) the file; a {@link DomainException} refuses it. */
    protected abstract void receive(UploadEvent event) throws IOException;
}
