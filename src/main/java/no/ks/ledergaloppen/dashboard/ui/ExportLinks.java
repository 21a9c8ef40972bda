package no.ks.ledergaloppen.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import no.ks.ledergaloppen.dashboard.CohortExportService;

/** "Eksporter (Excel)" and "(CSV)": secondary actions; the file is made when clicked, with the service's own checks. */
class ExportLinks extends Composite<Div> {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    ExportLinks(CohortExportService exports, long cohortId) {
        Locale locale = getLocale();
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] file = exports.xlsx(cohortId, locale);
            return new DownloadResponse(new ByteArrayInputStream(file), exports.fileName(cohortId, "xlsx"), XLSX,
                    file.length);
        }), AttachmentType.DOWNLOAD, "");
        xlsx.add(VaadinIcon.DOWNLOAD_ALT.create(), new com.vaadin.flow.component.html.Span(
                getTranslation("dashboard.export.xlsx")));
        xlsx.setId("export-xlsx");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] file = exports.csv(cohortId, locale);
            return new DownloadResponse(new ByteArrayInputStream(file), exports.fileName(cohortId, "csv"),
                    "text/csv; charset=UTF-8", file.length);
        }), AttachmentType.DOWNLOAD, "");
        csv.add(VaadinIcon.DOWNLOAD_ALT.create(), new com.vaadin.flow.component.html.Span(
                getTranslation("dashboard.export.csv")));
        csv.setId("export-csv");
        xlsx.addClassName("secondary-link");
        csv.addClassName("secondary-link");
        getContent().addClassName("export-links");
        getContent().add(xlsx, csv);
    }
}
