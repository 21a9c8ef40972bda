package no.ks.ledergaloppen.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import no.ks.ledergaloppen.base.ui.CaseAction;
import no.ks.ledergaloppen.report.CaseReport;
import no.ks.ledergaloppen.report.CaseReportService;
import org.springframework.core.annotation.Order;

/**
 * "Last ned rapport" in the case header, for those who may download the report. The PDF is made when
 * the link is followed, in the language the page is shown in; the service checks the rights again then.
 */
@org.springframework.stereotype.Component
@Order(100)
class CaseReportAction implements CaseAction {

    private final CaseReportService reports;

    CaseReportAction(CaseReportService reports) {
        this.reports = reports;
    }

    @Override
    public Optional<Component> create(long caseId) {
        if (!reports.canDownload(caseId)) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            CaseReport report = reports.render(caseId, locale);
            return new DownloadResponse(new ByteArrayInputStream(report.pdf()), report.fileName(), "application/pdf",
                    report.pdf().length);
        }), ui.getTranslation("report.download"));
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        link.setId("download-report");
        link.setDownload(true);
        link.setTitle(ui.getTranslation("report.downloadHelp"));
        link.addClassName("report-download");
        return Optional.of(link);
    }
}
