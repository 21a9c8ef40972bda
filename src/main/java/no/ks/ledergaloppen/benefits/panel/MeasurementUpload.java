package no.ks.ledergaloppen.benefits.panel;

import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Consumer;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.OneFileUpload;
import no.ks.ledergaloppen.benefits.MeasurementFile;

/**
 * The server's side of the import upload: one file, read to one byte past {@link MeasurementFile#MAX_BYTES}
 * (a file announced as larger is refused before a byte is read) and parsed here, in the request, since the
 * parser needs no database. The dialog then gets the rows, or the reason the file was refused, in the UI.
 */
class MeasurementUpload extends OneFileUpload {

    private final Locale locale;
    private final Consumer<MeasurementFile.Result> read;

    MeasurementUpload(Locale locale, Consumer<MeasurementFile.Result> read, Consumer<DomainException> refused) {
        super(MeasurementFile.MAX_BYTES, MeasurementFile.MAX_BYTES + 1L, refused);
        this.locale = locale;
        this.read = read;
    }

    @Override
    protected void receive(UploadEvent event) throws IOException {
        if (event.getFileSize() > MeasurementFile.MAX_BYTES) {
            throw new DomainException("file", "benefits.file.tooLarge", event.getFileName(),
                    MeasurementFile.MAX_MEGABYTES);
        }
        byte[] content = event.getInputStream().readNBytes(MeasurementFile.MAX_BYTES + 1);
        MeasurementFile.Result result = MeasurementFile.parse(content, event.getFileName(), locale);
        event.getUI().access(() -> read.accept(result));
    }
}
