package no.ks.ledergaloppen.benefits.panel;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.benefits.MeasurementDraft;
import no.ks.ledergaloppen.benefits.RowProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The import dialog as a leader group member uses it: upload, read the preview, save only a good file. */
class ImportDialogUiTest extends KaribuTest {

    private final List<List<MeasurementDraft>> saved = new ArrayList<>();
    private ImportDialog dialog;

    @BeforeEach
    void openDialog() {
        login("ola");
        // the service's own rule for the test: nothing in the future (after the test clock's today)
        dialog = new ImportDialog("Sykefravær", drafts -> {
            List<RowProblem> problems = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                if (drafts.get(i).date().isAfter(LocalDate.of(2026, 11, 23))) {
                    problems.add(new RowProblem(i + 1, "benefits.file.badDate", "i fremtiden"));
                }
            }
            return problems;
        }, saved::add);
        dialog.open();
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void a_file_with_a_bad_row_is_previewed_with_the_bad_row_first_and_cannot_be_saved() throws IOException {
        upload("målinger.csv", "dato;verdi;kommentar\n01.09.2026;12,5;\n01.10.2026;tolv;Glemte tall\n01.11.2026;11;\n");

        Grid<ImportPreview.Line> grid = preview();
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("3", "01.10.2026", "tolv", "Glemte tall",
                "«tolv» er ikke et tall. Skriv tallet som 1 234,5.");
        assertThat(GridKt._getFormattedRow(grid, 1)).containsExactly("2", "01.09.2026", "12,5", "", "Klar");
        assertThat(summary()).isEqualTo("2 rader klare, 1 med feil. Ingenting er lagret. Rett radene med feil i filen, "
                + "og last den opp på nytt.");
        assertThat(confirm().isEnabled()).isFalse();
        assertThat(confirm().getText()).isEqualTo("Lagre målinger");
        assertThat(saved).isEmpty();
    }

    @Test
    void problems_the_service_finds_are_shown_on_the_line_of_the_file() throws IOException {
        upload("målinger.csv", "01.09.2026;12,5\n\n01.12.2026;11\n");

        assertThat(GridKt._getFormattedRow(preview(), 0)).containsExactly("3", "01.12.2026", "11", "",
                "«i fremtiden» er ikke en dato. Skriv datoen som 23.11.2026 eller 2026-11-23.");
        assertThat(confirm().isEnabled()).isFalse();
    }

    @Test
    void a_good_file_after_a_bad_one_enables_saving_and_saves_every_row_once() throws IOException {
        upload("feil.csv", "01.09.2026;;\n");
        assertThat(confirm().isEnabled()).isFalse();

        upload("riktig.csv", "dato;verdi;kommentar\n01.09.2026;12,5;\n01.10.2026;1 234;\"Ferie; lite folk\"\n");
        assertThat(summary()).isEqualTo("2 rader klare, 0 med feil.");
        assertThat(confirm().getText()).isEqualTo("Lagre 2 målinger");
        assertThat(saved).as("nothing is saved before the user confirms").isEmpty();

        confirm().click();

        assertThat(saved).containsExactly(List.of(
                new MeasurementDraft(LocalDate.of(2026, 9, 1), new BigDecimal("12.5"), null),
                new MeasurementDraft(LocalDate.of(2026, 10, 1), new BigDecimal("1234"), "Ferie; lite folk")));
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void a_refused_file_is_explained_and_the_dialog_stays_open_for_another() throws IOException {
        UploadEvent event = upload("notater.docx", "ikke en tabell");

        assertThat(event.isRejected()).isTrue();
        Paragraph error = _get(Paragraph.class, spec -> spec.withId("import-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("«notater.docx» er verken en CSV-fil eller en Excel-fil. "
                + "Bruk en fil som slutter på .csv eller .xlsx.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(confirm().isEnabled()).isFalse();

        UploadEvent large = announce("stor.csv", 2L * 1024 * 1024);
        assertThat(large.getRejectionMessage()).isEqualTo("«stor.csv» er større enn 1 MB. Del opp filen og last opp "
                + "én del om gangen.");

        upload("riktig.csv", "01.09.2026;12,5\n");
        assertThat(error.isVisible()).isFalse();
        assertThat(confirm().isEnabled()).isTrue();
    }

    private Grid<ImportPreview.Line> preview() {
        @SuppressWarnings("unchecked")
        Grid<ImportPreview.Line> grid = _get(Grid.class, spec -> spec.withId("import-preview"));
        return grid;
    }

    private String summary() {
        return _get(Paragraph.class, spec -> spec.withId("import-summary")).getText();
    }

    private Button confirm() {
        return _get(Button.class, spec -> spec.withId("import-confirm"));
    }

    private UploadEvent upload(String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return send(name, bytes.length, bytes);
    }

    private UploadEvent announce(String name, long size) throws IOException {
        return send(name, size, new byte[0]);
    }

    /** The file as the browser sends it, through the handler the upload's address leads to on the server. */
    private UploadEvent send(String name, long size, byte[] content) throws IOException {
        Upload upload = _get(Upload.class, spec -> spec.withId("import-upload"));
        URI target = URI.create(upload.getElement().getAttribute("target"));
        var resource = VaadinSession.getCurrent().getResourceRegistry().getResource(target).orElseThrow();
        UploadHandler handler = (UploadHandler) ((StreamResourceRegistry.ElementStreamResource) resource)
                .getElementRequestHandler();
        UploadEvent event = new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(),
                VaadinSession.getCurrent(), name, size, "text/csv", upload.getElement(), part(content));
        handler.handleUploadRequest(event);
        MockVaadin.clientRoundtrip(false);
        return event;
    }

    private static Part part(byte[] content) {
        return (Part) Proxy.newProxyInstance(Part.class.getClassLoader(), new Class<?>[] {Part.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getInputStream")) {
                        return new ByteArrayInputStream(content);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
