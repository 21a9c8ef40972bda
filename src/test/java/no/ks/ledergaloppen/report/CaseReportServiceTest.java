package no.ks.ledergaloppen.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import javax.xml.parsers.DocumentBuilderFactory;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestCases;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.innovationcase.CaseDetails;
import no.ks.ledergaloppen.innovationcase.CaseFields;
import no.ks.ledergaloppen.innovationcase.CaseService;
import no.ks.ledergaloppen.innovationcase.Visibility;
import no.ks.ledergaloppen.learning.JournalService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

@ServiceTest
class CaseReportServiceTest {

    private static final Locale NB = Locale.of("nb", "NO");
    private static final Path OUT = Path.of("target", "reports");

    @Autowired
    CaseReportService reports;
    @Autowired
    CaseService cases;
    @Autowired
    JournalService journal;
    @Autowired
    TestLogin login;
    @Autowired
    TestCases demo;
    @Autowired
    TestClock clock;
    @Autowired
    PdfRenderer renderer;
    @Autowired
    no.ks.ledergaloppen.assessment.AssessmentService assessments;

    @BeforeEach
    void reportDay() {
        clock.stopAt(LocalDate.of(2026, 11, 23), LocalTime.of(10, 0));
    }

    /** Loads the PDF, keeping a copy under target/reports to look at. */
    private static PDDocument open(CaseReport report, String copyName) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(copyName), report.pdf());
        return Loader.loadPDF(report.pdf());
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf);
    }

    private void shareWithCohort(long caseId, String team) {
        CaseDetails d = cases.details(caseId);
        CaseFields f = d.fields();
        cases.update(caseId, d.version(), new CaseFields(f.title(), f.needStatement(), f.targetGroup(), f.driver(),
                team, f.anchoring(), Visibility.COHORT));
    }

    @Test
    void the_report_is_a_tagged_pdf_with_title_and_language_and_the_case_as_real_text() throws IOException {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("ola");
        CaseReport report = reports.render(haugesund, NB);

        assertThat(report.fileName()).isEqualTo("Haugesund-kommune-sak-2026-11-23.pdf");
        try (PDDocument pdf = open(report, "haugesund-nb.pdf")) {
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nb");
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Rapport: Trygg hjemme med digitalt tilsyn, Haugesund kommune");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            String text = text(pdf);
            assertThat(text).contains("Haugesund kommune", "Trygg hjemme med digitalt tilsyn", "Kull: Pilot i vest",
                    "Rapport per 23.11.2026", "Nåværende fase: Testing", "Forankring", "Innsikt", "Idéutvikling",
                    "Saken startet i Forankring", "Vi valgte kamerafritt",
                    "Pårørende", "Runde 1", "Juster løsningen", "Pågår", "De fem fundamentene", "Løsningsverdi",
                    "Fra læringsloggen", "Evalueringen viste at falske alarmer");
            assertThat(text).as("no missing translation").doesNotContainPattern("![a-z]+\\.[A-Za-z.]+");
        }
    }

    @Test
    void the_xhtml_has_language_title_subject_and_chart_alt_and_renders_without_pdf_ua_warnings() throws Exception {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("ola");
        String xhtml = reports.draft(haugesund, NB).xhtml();

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("nb");
        assertThat(doc.getElementsByTagNameNS(ReportDocument.XHTML, "title").item(0).getTextContent())
                .isEqualTo("Rapport: Trygg hjemme med digitalt tilsyn, Haugesund kommune");
        assertThat(doc.getElementsByTagNameNS(ReportDocument.XHTML, "meta").item(0).getAttributes()
                .getNamedItem("name").getNodeValue()).isEqualTo("subject");
        var svg = (org.w3c.dom.Element) doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").item(0);
        List<String> points = assessments.history(haugesund).stream().map(a -> java.time.format.DateTimeFormatter
                .ofPattern("dd.MM.yyyy").format(a.assessedOn()) + ": ").toList();
        assertThat(points).hasSize(2);
        assertThat(svg.getAttribute("alt")).contains(points).contains("0\u00a0%", "18,4\u00a0%");

        List<String> warnings = new ArrayList<>();
        renderer.render(xhtml, d -> {
            if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(d.getFormattedMessage());
            }
        });
        assertThat(warnings).isEmpty();
    }

    @Test
    void the_report_in_nynorsk_and_english_uses_those_languages_headings() throws IOException {
        long voss = demo.idOf("Voss herad");
        login.as("ingrid");
        try (PDDocument pdf = open(reports.render(voss, Locale.of("nn", "NO")), "voss-nn.pdf")) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nn");
            assertThat(text(pdf)).contains("Om saka", "Vegkart for tenesteinnovasjon", "Noverande fase: Idéutvikling",
                    "Frå læringsloggen", "Pådrivar", "Ungdomsrådet tok rollespelet på alvor");
        }
        login.as("admin");
        CaseReport english = reports.render(voss, Locale.ENGLISH);
        assertThat(english.fileName()).isEqualTo("Voss-herad-case-2026-11-23.pdf");
        try (PDDocument pdf = open(english, "voss-en.pdf")) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Report: ");
            assertThat(text(pdf)).contains("About the case", "The roadmap for service innovation", "Current phase: Ideas",
                    "From the learning journal", "Solution value").doesNotContain("Om saka", "Om saken");
        }
    }

    @Test
    void the_own_leader_group_and_the_cohorts_facilitator_may_download_but_another_municipality_may_not() {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("ola");
        shareWithCohort(haugesund, "Hjemmetjenesten og IKT");
        assertThat(reports.canDownload(haugesund)).isTrue();

        login.as("kari");
        assertThat(reports.canDownload(haugesund)).isTrue();
        assertThat(reports.render(haugesund, NB).pdf()).isNotEmpty();

        login.as("lars");
        assertThat(cases.details(haugesund).summary().title()).as("Tysvær reads the shared case").isNotBlank();
        assertThat(reports.canDownload(haugesund)).isFalse();
        assertThatThrownBy(() -> reports.render(haugesund, NB)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_facilitator_of_another_cohort_does_not_find_the_case() {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("jon");
        assertThatThrownBy(() -> reports.render(haugesund, NB)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "case.error.notFound");
    }

    @Test
    void only_the_journal_entries_the_leader_group_marks_appear_in_the_report() throws IOException {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("ola");
        long marked = journal.write(haugesund, LocalDate.of(2026, 11, 20), "Kommunestyret bør se dette: færre nattbesøk.");
        journal.write(haugesund, LocalDate.of(2026, 11, 21), "Internt: vaktlista må rettes.", false);
        journal.includeInReport(marked, true);
        try (PDDocument pdf = Loader.loadPDF(reports.render(haugesund, NB).pdf())) {
            assertThat(text(pdf)).contains("Kommunestyret bør se dette: færre nattbesøk.", "20.11.2026 · Ola Haugland")
                    .doesNotContain("Internt: vaktlista må rettes.");
        }
        journal.includeInReport(marked, false);
        try (PDDocument pdf = Loader.loadPDF(reports.render(haugesund, NB).pdf())) {
            assertThat(text(pdf)).doesNotContain("Kommunestyret bør se dette");
        }
    }

    @Test
    void a_new_case_says_in_one_sentence_what_is_not_there_yet_and_leaves_the_journal_out() throws IOException {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("admin");
        var summary = cases.details(haugesund).summary();
        long fresh = cases.create(summary.cohortId(), summary.municipalityId(), "Ny sak om skolevei");
        try (PDDocument pdf = open(reports.render(fresh, NB), "new-case-nb.pdf")) {
            assertThat(text(pdf)).contains("Ny sak om skolevei", "Saken er ikke beskrevet ennå.",
                    "Ingen BLT-runder ennå.", "Saken er ikke vurdert ennå.", "Saken startet i Forankring")
                    .doesNotContain("Fra læringsloggen", "Behovet slik vi forstår det nå");
        }
    }

    @Test
    void markup_in_the_users_text_is_printed_as_text() throws IOException {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("ola");
        shareWithCohort(haugesund, "<b>Team</b> & </p><script>alert('x')</script>");
        try (PDDocument pdf = Loader.loadPDF(reports.render(haugesund, NB).pdf())) {
            assertThat(text(pdf)).contains("<b>Team</b> & </p><script>alert('x')</script>");
        }
    }

    @Test
    void the_file_name_keeps_to_plain_letters() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        assertThat(CaseReportService.fileName("Bærum kommune", "sak", day)).isEqualTo("Baerum-kommune-sak-2026-11-23.pdf");
        assertThat(CaseReportService.fileName("Ålesund / Sula", "sak", day)).isEqualTo("Alesund-Sula-sak-2026-11-23.pdf");
        assertThat(CaseReportService.fileName("Tysvær kommune", "case", day)).isEqualTo("Tysvaer-kommune-case-2026-11-23.pdf");
    }
}
