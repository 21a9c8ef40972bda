package no.ks.ledergaloppen.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ks.ledergaloppen.assignment.AnswerMode;
import no.ks.ledergaloppen.assignment.AssignmentDraft;
import no.ks.ledergaloppen.assignment.AssignmentService;
import no.ks.ledergaloppen.cohort.CohortDraft;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.cohort.CohortStatus;
import no.ks.ledergaloppen.cohort.MunicipalityDraft;
import no.ks.ledergaloppen.cohort.MunicipalityService;
import no.ks.ledergaloppen.cohort.WrittenStandard;
import no.ks.ledergaloppen.gathering.GatheringDraft;
import no.ks.ledergaloppen.gathering.GatheringService;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One cohort of the load data set, through the services (cohort, municipalities and their enrolment, which opens
 * each case, the facilitator, two gatherings, two assignments); the leader groups in one batch.
 */
@Component
@Profile("loaddata & !demo")
class LoadCohort {

    private final CohortService cohorts;
    private final MunicipalityService municipalities;
    private final GatheringService gatherings;
    private final AssignmentService assignments;
    private final LoadCases cases;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    LoadCohort(CohortService cohorts, MunicipalityService municipalities, GatheringService gatherings,
               AssignmentService assignments, LoadCases cases, JdbcTemplate jdbc, Clock clock) {
        this.cohorts = cohorts;
        this.municipalities = municipalities;
        this.gatherings = gatherings;
        this.assignments = assignments;
        this.cases = cases;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void create(int c, LoadPeople.Ids people) {
        LocalDate today = LocalDate.now(clock);
        long cohortId = cohorts.create(new CohortDraft("Lastkull " + c, "Lastregion " + (c % 10 + 1),
                today.minusDays(60), today.plusDays(240), CohortStatus.RUNNING)).id();
        Map<Integer, Long> municipalityIds = new LinkedHashMap<>();
        for (int m = 1; m <= LoadData.MUNICIPALITIES; m++) {
            long id = municipalities.create(new MunicipalityDraft("Lastkommune " + c + "-" + m, "Lastfylke",
                    m % 3 == 0 ? WrittenStandard.NYNORSK : WrittenStandard.BOKMAL)).id();
            cohorts.enrol(cohortId, id);
            municipalityIds.put(m, id);
        }
        cohorts.addFacilitator(cohortId, people.of("f-" + c));
        leaderGroups(c, cohortId, municipalityIds, people);
        long first = gathering(cohortId, 1, today.minusDays(21), "Forankring og innsikt");
        LocalDate second = today.plusDays(21);
        gathering(cohortId, 2, second, "Idéutvikling og testing");
        long group = assignments.create(new AssignmentDraft(first, "Problemstilling og mål",
                "Beskriv behovet caset skal løse, og hvilke mål dere setter.", second.minusDays(1), null,
                AnswerMode.GROUP)).id();
        long individual = assignments.create(new AssignmentDraft(first, "Min rolle som pådriver",
                "Skriv kort om hvordan du selv driver caset fremover.", second.minusDays(1), null,
                AnswerMode.INDIVIDUAL)).id();
        cases.progress(c, cohortId, municipalityIds, people, group, individual);
    }

    private void leaderGroups(int c, long cohortId, Map<Integer, Long> municipalityIds, LoadPeople.Ids people) {
        List<Object[]> rows = new ArrayList<>();
        municipalityIds.forEach((m, id) -> {
            for (int p = 1; p <= LoadData.PARTICIPANTS; p++) {
                rows.add(new Object[] {cohortId, id, people.of(LoadPeople.participant(c, m, p)),
                    p == 1 ? "Kommunedirektør" : "Kommunalsjef " + p});
            }
        });
        jdbc.batchUpdate("insert into leader_group_member (version, cohort_id, municipality_id, user_id, title)"
                + " values (0, ?, ?, ?, ?)", rows);
    }

    private long gathering(long cohortId, int number, LocalDate date, String theme) {
        return gatherings.create(cohortId, new GatheringDraft(number, date, LocalTime.of(9, 0), LocalTime.of(15, 0),
                "Rådhuset", theme, List.of())).id();
    }
}
