package no.ks.ledergaloppen.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Supplier;
import no.ks.ledergaloppen.dashboard.CohortExportService;
import no.ks.ledergaloppen.dashboard.ExportFile;

/** "Eksporter (Excel)" and "(CSV)": secondary actions; the file is made when clicked, with the service's own checks. */
class ExportLinks extends Composite<Div> {

    ExportLinks(CohortExportService exports, long cohortId) {
        Locale locale = getLocale();
        getContent().addClassName("export-links");
        getContent().add(link("export-xlsx", "dashboard.export.xlsx", () -> exports.xlsx(cohortId, locale)),
                link("export-csv", "dashboard.export.csv", () -> exports.csv(cohortId, locale)));
    }

    private Anchor link(String id, String labelKey, Supplier<ExportFile> export) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(e -> {
            ExportFile file = export.get();
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
        }), AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation(labelKey)));
        link.setId(id);
        link.addClassName("secondary-link");
        return link;
    }
}
