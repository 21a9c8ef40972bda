package no.ks.ledergaloppen.demo;

import java.time.LocalDate;
import java.util.List;
import no.ks.ledergaloppen.base.AppClock;
import no.ks.ledergaloppen.innovationcase.CaseCompletionService;
import no.ks.ledergaloppen.innovationcase.CaseDetails;
import no.ks.ledergaloppen.innovationcase.CaseFields;
import no.ks.ledergaloppen.innovationcase.CaseService;
import no.ks.ledergaloppen.innovationcase.CaseSummary;
import no.ks.ledergaloppen.innovationcase.PhaseService;
import no.ks.ledergaloppen.roadmap.Phase;
import no.ks.ledergaloppen.security.SystemAuthentication;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The portfolio's part of the demo. In the finished pre-pilot, two cases went the whole way to Operations
 * during the winter of 2018/19 and were put to use; Hvaler's was marked finished at the last gathering. (In
 * Pilot i vest, Haugesund works two cases: the second was made from an idea, see DemoIdeas.)
 */
@Component
@Profile("demo")
class DemoPortfolio {

    private static final String PRE_PILOT = "Pre-pilot Østfold/Akershus";
    private static final Phase[] AFTER_ANCHORING = {Phase.INSIGHT, Phase.IDEAS, Phase.TESTING, Phase.IMPLEMENTATION,
            Phase.OPERATIONS};

    private final CaseService cases;
    private final PhaseService phases;
    private final CaseCompletionService completions;
    private final SystemAuthentication system;
    private final AppClock clock;

    DemoPortfolio(CaseService cases, PhaseService phases, CaseCompletionService completions,
                  SystemAuthentication system, AppClock clock) {
        this.cases = cases;
        this.phases = phases;
        this.completions = completions;
        this.system = system;
        this.clock = clock;
    }

    void seed() {
        List<CaseSummary> all = system.runAsSystem(() -> cases.page(Pageable.unpaged()).getContent());
        long hvaler = idOf(all, PRE_PILOT, "Hvaler kommune");
        long raade = idOf(all, PRE_PILOT, "Råde kommune");
        throughTheRoadmap(hvaler, "Trygg medisinering med digital dispenser", LocalDate.of(2018, 6, 19));
        throughTheRoadmap(raade, "Én dør inn for byggesaker", LocalDate.of(2018, 6, 26));
        inUse(hvaler, LocalDate.of(2019, 1, 14), "Hjemmetjenesten i alle tre soner og legevakten");
        inUse(raade, LocalDate.of(2019, 2, 4), "Servicetorget og byggesaksavdelingen");
        clock.asOf(DemoCalendar.at(LocalDate.of(2019, 2, 12), "14:30"), () -> system.runAs("jon",
                () -> completions.finish(hvaler, completions.completion(hvaler).version())));
    }

    /** The facilitator describes the case and moves it a phase every five weeks or so, from Anchoring to Operations. */
    private void throughTheRoadmap(long caseId, String title, LocalDate start) {
        clock.asOf(DemoCalendar.at(DemoCalendar.workday(start), "10:00"), () -> system.runAs("jon", () -> {
            CaseDetails d = cases.details(caseId);
            CaseFields f = d.fields();
            cases.update(caseId, d.version(), new CaseFields(title, f.needStatement(), f.targetGroup(), f.driver(),
                    f.team(), f.anchoring(), f.visibility()));
        }));
        for (int i = 0; i < AFTER_ANCHORING.length; i++) {
            Phase to = AFTER_ANCHORING[i];
            LocalDate day = DemoCalendar.workday(start.plusWeeks(5L * (i + 1)));
            clock.asOf(DemoCalendar.at(day, "11:00"), () -> system.runAs("jon",
                    () -> phases.move(caseId, to, "Kommunen er ferdig med stegene i fasen.", true)));
        }
    }

    private void inUse(long caseId, LocalDate since, String by) {
        clock.asOf(DemoCalendar.at(DemoCalendar.workday(since.plusDays(3)), "09:30"), () -> system.runAs("jon",
                () -> completions.recordInUse(caseId, completions.completion(caseId).version(), since, by)));
    }

    private static long idOf(List<CaseSummary> all, String cohort, String municipality) {
        return all.stream().filter(c -> c.cohortName().equals(cohort) && c.municipalityName().equals(municipality))
                .map(CaseSummary::id).findFirst().orElseThrow();
    }
}
