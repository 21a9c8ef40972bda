package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.servlet.http.Part;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.List;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.assignment.AttachmentService;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The attachment upload as the server sees it: what it accepts is decided there, not in the browser. */
class AttachmentUploadUiTest extends KaribuTest {

    private static final long TEN_MB = 10L * 1024 * 1024;

    @Autowired
    CohortFixture fixture;
    @Autowired
    AttachmentService attachments;
    @Autowired
    TestClock clock;

    private long openOwnAssignment(String tag) {
        CohortFixture.Built cohort = fixture.cohort(tag, 1, List.of(clock.today().plusDays(14)));
        long id = fixture.assignment(cohort, "Legg ved planen", clock.today().plusDays(13));
        login(cohort.participants().getFirst());
        navigate("assignments/" + id);
        return id;
    }

    /** The handler the upload's address leads to on the server. */
    private static UploadHandler serverSideHandler(Upload upload) {
        URI target = URI.create(upload.getElement().getAttribute("target"));
        var resource = VaadinSession.getCurrent().getResourceRegistry().getResource(target).orElseThrow();
        return (UploadHandler) ((StreamResourceRegistry.ElementStreamResource) resource).getElementRequestHandler();
    }

    @Test
    void the_server_takes_one_file_of_at_most_ten_megabytes_per_upload_request() {
        openOwnAssignment("uploadlimits");
        UploadHandler handler = serverSideHandler(_get(Upload.class, spec -> spec.withId("attachment-upload")));
        assertThat(handler.getFileSizeMax()).isEqualTo(TEN_MB);
        assertThat(handler.getFileCountMax()).isEqualTo(1);
        assertThat(handler.getRequestSizeMax()).isBetween(TEN_MB, TEN_MB + 1024 * 1024);
    }

    @Test
    void an_upload_announced_as_larger_than_ten_megabytes_is_refused_before_a_byte_is_read() {
        long id = openOwnAssignment("announcedlarge");
        Upload upload = _get(Upload.class, spec -> spec.withId("attachment-upload"));
        UploadEvent event = new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(),
                VaadinSession.getCurrent(), "kjempestor.pdf", 50 * TEN_MB, "application/pdf", upload.getElement(),
                partThatMustNotBeRead());

        assertThat(catchThrowableOf(serverSideHandler(upload), event)).isNull();
        MockVaadin.clientRoundtrip(false);

        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).isEqualTo("«kjempestor.pdf» er større enn 10 MB og ble ikke lagret.");
        Paragraph error = _get(Paragraph.class, spec -> spec.withId("attachment-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("«kjempestor.pdf» er større enn 10 MB og ble ikke lagret.");
        assertThat(attachments.mine(id)).isEmpty();
    }

    private static Throwable catchThrowableOf(UploadHandler handler, UploadEvent event) {
        try {
            handler.handleUploadRequest(event);
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    private static Part partThatMustNotBeRead() {
        return (Part) Proxy.newProxyInstance(Part.class.getClassLoader(), new Class<?>[] {Part.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getInputStream")) {
                        return new InputStream() {
                            @Override
                            public int read() {
                                throw new AssertionError("the server read a file it had been told was too large");
                            }
                        };
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
