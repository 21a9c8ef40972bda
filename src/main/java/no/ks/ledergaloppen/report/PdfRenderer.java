package no.ks.ledergaloppen.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.Diagnostic;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.function.Consumer;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * XHTML to a tagged PDF (PDF/UA) with openhtmltopdf. The fonts ship with the app (DejaVu Sans, which has
 * æøå) and are embedded; the renderer may not fetch anything from outside, and SVG scripts never run.
 */
@Component
class PdfRenderer {

    static final String FONT = "DejaVu Sans";
    private static final Logger LOG = LoggerFactory.getLogger(PdfRenderer.class);
    private static final EnumSet<FSFontUseCase> USES = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG);

    static {
        OpenHtmlLog.install();
    }

    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");
    private final byte[] oblique = font("DejaVuSans-Oblique.ttf");

    /** Renders; the renderer's warnings (such as a structure that breaks PDF/UA) go to the log. */
    byte[] render(String xhtml) {
        return render(xhtml, d -> {
            if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                LOG.warn("PDF: {}", d.getFormattedMessage());
            }
        });
    }

    byte[] render(String xhtml, Consumer<Diagnostic> diagnostics) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withDiagnosticConsumer(diagnostics)
                .useFastMode()
                .usePdfUaAccessibility(true)
                .withProducer("Ledergaloppen")
                .useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true, USES)
                .useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true, USES)
                .useFont(() -> new ByteArrayInputStream(oblique), FONT, 400, FontStyle.ITALIC, true, USES)
                .withHtmlContent(xhtml, null)
                .toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
