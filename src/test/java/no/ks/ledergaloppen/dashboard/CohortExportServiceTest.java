package no.ks.ledergaloppen.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.assessment.Foundation;
import no.ks.ledergaloppen.assignment.JudgingService;
import no.ks.ledergaloppen.benefits.BenefitDraft;
import no.ks.ledergaloppen.benefits.BenefitType;
import no.ks.ledergaloppen.benefits.BenefitsService;
import no.ks.ledergaloppen.benefits.Direction;
import no.ks.ledergaloppen.benefits.Frequency;
import no.ks.ledergaloppen.benefits.IndicatorDraft;
import no.ks.ledergaloppen.benefits.MeasurementDraft;
import no.ks.ledergaloppen.roadmap.Phase;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class CohortExportServiceTest {

    static final LocalDate DAY0 = LocalDate.of(2027, 1, 4);

    @Autowired CohortExportService exports;
    @Autowired CohortFixture fixture;
    @Autowired TestClock clock;
    @Autowired TestLogin login;
    @Autowired JudgingService judging;
    @Autowired BenefitsService benefits;

    CohortFixture.Built cohort;

    @BeforeEach
    void a_cohort_with_some_history() {
        clock.stopAt(DAY0, LocalTime.of(9, 0));
        cohort = fixture.cohort("eksport", 3, List.of(DAY0.plusDays(10), DAY0.plusDays(30)));
        clock.stopAt(DAY0.plusDays(12), LocalTime.of(10, 0));
        fixture.move(cohort, 0, Phase.INSIGHT);
        fixture.move(cohort, 0, Phase.TESTING);
        fixture.move(cohort, 0, Phase.INSIGHT);
        fixture.assess(cohort, 1, Foundation.TEAM);
        clock.stopAt(DAY0.plusDays(40), LocalTime.of(10, 0));
    }

    private static List<Row> sheet(byte[] xlsx, String name) throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.findSheet(name).orElseThrow(() -> new AssertionError("no sheet " + name));
            return sheet.read();
        }
    }

    @Test
    void the_workbook_has_a_row_per_municipality_with_phase_and_flags_and_the_history_with_reasons() throws Exception {
        login.as(cohort.facilitator());
        ExportFile file = exports.xlsx(cohort.cohortId(), Locale.forLanguageTag("nb"));
        assertThat(file.fileName()).isEqualTo("Kull-eksport-2027-02-13.xlsx");
        byte[] xlsx = file.content();

        List<Row> municipalities = sheet(xlsx, "Kommuner");
        assertThat(municipalities).hasSize(1 + 3);
        assertThat(municipalities.getFirst().getCell(0).getText()).isEqualTo("Kommune");
        Row first = municipalities.get(1);
        assertThat(first.getCell(0).getText()).isEqualTo("Testkommune eksport 1");
        assertThat(first.getCell(3).getText()).isEqualTo("Innsikt");
        assertThat(first.getCell(5).getText()).as("times back").isEqualTo("1");
        Row second = municipalities.get(2);
        assertThat(second.getCell(8).getText()).as("foundation at zero").isEqualTo("Team");
        assertThat(second.getCell(16).getText()).as("zero flag").isEqualTo("Ja");

        List<Row> history = sheet(xlsx, "Fasehistorikk");
        assertThat(history).hasSize(1 + 3 + 3);
        assertThat(history).anySatisfy(r -> {
            assertThat(r.getCell(4).getText()).isEqualTo("Ja");
            assertThat(r.getCell(5).getText()).isEqualTo("Gruppen er klar for neste fase");
        });
        assertThat(sheet(xlsx, "Vurderinger")).hasSize(1 + 1);
    }

    @Test
    void the_assignments_sheet_shows_status_never_a_drafts_text_nor_feedback_that_is_not_released() throws Exception {
        long a = fixture.assignment(cohort, "Kartlegg behovet", DAY0.plusDays(50));
        fixture.answer(cohort, 0, a, false);
        fixture.answer(cohort, 1, a, true);
        login.as(cohort.facilitator());
        long answer = judging.overview(a).stream().filter(r -> r.municipality().equals("Testkommune eksport 2"))
                .findFirst().orElseThrow().answerId();
        var view = judging.answer(answer);
        judging.returnForRevision(answer, view.version(), "Hemmelig: ikke frigitt ennå", false);

        byte[] xlsx = exports.xlsx(cohort.cohortId(), Locale.forLanguageTag("nb")).content();
        List<Row> lines = sheet(xlsx, "Oppgaver");
        assertThat(lines).hasSize(1 + 3);
        assertThat(lines).extracting(r -> r.getCell(6).getText()).contains("Utkast", "Sendt tilbake for revisjon",
                "Ikke påbegynt");
        String everything = lines.stream().flatMap(r -> r.stream().map(c -> c == null ? "" : c.getText()))
                .reduce("", String::concat);
        assertThat(everything).doesNotContain("Vårt svar").doesNotContain("Hemmelig");
    }

    @Test
    void the_csv_is_the_municipalities_sheet_with_semicolons_in_the_callers_language() {
        login.as(cohort.facilitator());
        String csv = new String(exports.csv(cohort.cohortId(), Locale.ENGLISH).content(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + 3);
        assertThat(lines.getFirst()).startsWith("\ufeffMunicipality;Case;Phase number;Phase;");
        assertThat(lines.get(1)).startsWith("Testkommune eksport 1;").contains(";Insight;");
    }

    @Test
    void a_municipality_with_an_indicator_behind_plan_is_flagged_in_its_own_column_and_listed_on_the_benefits_sheet()
            throws Exception {
        LocalDate baseline = DAY0.minusDays(10);
        login.as(cohort.participants().get(2));
        long benefit = benefits.addBenefit(cohort.caseIds().get(2), new BenefitDraft("Kortere ventetid",
                BenefitType.BETTER_QUALITY, "Randi Vik", "Kommunalsjef", null)).id();
        long indicator = benefits.addIndicator(benefit, new IndicatorDraft("Vedtak innen to uker", "prosent",
                Direction.HIGHER_IS_BETTER, new BigDecimal("40"), baseline, new BigDecimal("90"), baseline.plusDays(100),
                Frequency.MONTHLY)).id();
        benefits.addMeasurement(indicator, new MeasurementDraft(DAY0.plusDays(20), new BigDecimal("45.5"),
                null));
        login.as(cohort.facilitator());

        byte[] xlsx = exports.xlsx(cohort.cohortId(), Locale.forLanguageTag("nb")).content();

        List<Row> municipalities = sheet(xlsx, "Kommuner");
        assertThat(municipalities.getFirst().getCell(19).getText()).isEqualTo("Gevinst henger etter");
        assertThat(municipalities).extracting(r -> r.getCell(0).getText() + ":" + text(r, 19)).containsExactly(
                "Kommune:Gevinst henger etter", "Testkommune eksport 1:", "Testkommune eksport 2:",
                "Testkommune eksport 3:Ja");
        List<Row> lines = sheet(xlsx, "Gevinster");
        assertThat(lines).hasSize(1 + 1);
        assertThat(lines.get(1).stream().map(c -> c == null ? "" : c.getText()).toList()).startsWith(
                "Testkommune eksport 3", "Innovasjonscase – Testkommune eksport 3", "Vedtak innen to uker", "prosent",
                "40");
        assertThat(lines.get(1).getCell(8).getText()).isEqualTo("45.5");
        assertThat(lines.get(1).getCell(10).getText()).isEqualTo("Henger etter");
        String csvHeader = new String(exports.csv(cohort.cohortId(), Locale.ENGLISH).content(), StandardCharsets.UTF_8)
                .lines().findFirst().orElseThrow();
        assertThat(csvHeader).endsWith(";Benefit behind plan");
    }

    private static String text(Row row, int cell) {
        return row.getCellCount() > cell && row.getCell(cell) != null ? row.getCell(cell).getText() : "";
    }

    @Test
    void only_those_who_run_the_cohort_may_export_it() {
        login.as(cohort.participants().getFirst());
        assertThatThrownBy(() -> exports.xlsx(cohort.cohortId(), Locale.ROOT)).isInstanceOf(AccessDeniedException.class);
        login.as("kari");
        assertThatThrownBy(() -> exports.csv(cohort.cohortId(), Locale.ROOT)).isInstanceOf(AccessDeniedException.class);
    }
}
