package no.ks.ledergaloppen.benefits;

import static no.ks.ledergaloppen.benefits.BenefitsFixture.measured;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.report.CaseReportService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@ServiceTest
@Import(BenefitsFixture.class)
class BenefitsReportTest {

    private static final Locale NB = Locale.of("nb", "NO");

    @Autowired CaseReportService reports;
    @Autowired BenefitsService benefits;
    @Autowired BenefitsFixture fixture;
    @Autowired no.ks.ledergaloppen.TestLogin login;

    @Test
    void the_report_shows_each_indicator_with_its_chart_and_its_numbers_and_leaves_the_section_out_without_benefits()
            throws IOException {
        var b = fixture.cohortWithBenefit("rep");
        LocalDate start = LocalDate.of(2026, 8, 15);
        long id = benefits.addIndicator(b.benefitId(), fixture.plan(Direction.HIGHER_IS_BETTER, start)).id();
        benefits.addMeasurement(id, measured(start.plusDays(50), "1234.5"));
        MeasurementPoint behind = benefits.addMeasurement(id, measured(start.plusDays(60), "110"));
        benefits.setCorrectiveAction(behind.id(), new CorrectiveAction("Opplæring av nye saksbehandlere", "Kari Nordmann",
                LocalDate.of(2026, 12, 15)));

        String text = text(reports.render(b.caseId(), NB).pdf());
        assertThat(text).contains("Gevinster", "Færre timer til saksbehandling", "Gevinstansvarlig: Kari Nordmann, Enhetsleder",
                "Saker avsluttet", "04.10.2026", "1 234,5", "Målet er nådd", "14.10.2026", "Henger etter",
                "Opplæring av nye saksbehandlere");

        login.as(b.otherParticipant());
        String without = text(reports.render(b.cohort().caseIds().get(1), NB).pdf());
        assertThat(without).doesNotContain("Gevinster", "Gevinstansvarlig");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
    }
}
