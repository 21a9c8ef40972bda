package no.ks.ledergaloppen.benefits.panel;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Consumer;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.benefits.MeasurementFile;

/**
 * The server's side of the import upload: one file, read to one byte past {@link MeasurementFile#MAX_BYTES}
 * (a file announced as larger is refused before a byte is read) and parsed here, in the request, since the
 * parser needs no database. The dialog then gets the rows, or the reason the file was refused, in the UI.
 */
class MeasurementUpload implements UploadHandler {

    /** Room for the multipart boundaries and part headers around the one file. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final Locale locale;
    private final Consumer<MeasurementFile.Result> read;
    private final Consumer<DomainException> refused;

    MeasurementUpload(Locale locale, Consumer<MeasurementFile.Result> read, Consumer<DomainException> refused) {
        this.locale = locale;
        this.read = read;
        this.refused = refused;
    }

    @Override
    public long getFileSizeMax() {
        return MeasurementFile.MAX_BYTES + 1L;
    }

    @Override
    public long getRequestSizeMax() {
        return MeasurementFile.MAX_BYTES + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        try {
            if (event.getFileSize() > MeasurementFile.MAX_BYTES) {
                throw new DomainException("file", "benefits.file.tooLarge", event.getFileName(),
                        MeasurementFile.MAX_MEGABYTES);
            }
            byte[] content = event.getInputStream().readNBytes(MeasurementFile.MAX_BYTES + 1);
            MeasurementFile.Result result = MeasurementFile.parse(content, event.getFileName(), locale);
            event.getUI().access(() -> read.accept(result));
        } catch (DomainException e) {
            event.reject(event.getUI().getTranslation(e.messageKey(), e.args()));
            event.getUI().access(() -> refused.accept(e));
        }
    }
}
