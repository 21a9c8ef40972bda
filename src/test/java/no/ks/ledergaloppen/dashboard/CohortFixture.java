package no.ks.ledergaloppen.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.assessment.AssessmentDraft;
import no.ks.ledergaloppen.assessment.AssessmentService;
import no.ks.ledergaloppen.assessment.Foundation;
import no.ks.ledergaloppen.assignment.AnswerMode;
import no.ks.ledergaloppen.assignment.AnswerService;
import no.ks.ledergaloppen.assignment.AssignmentDraft;
import no.ks.ledergaloppen.assignment.AssignmentService;
import no.ks.ledergaloppen.cohort.CohortDraft;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.cohort.CohortStatus;
import no.ks.ledergaloppen.cohort.LeaderGroupService;
import no.ks.ledergaloppen.cohort.MunicipalityDraft;
import no.ks.ledergaloppen.cohort.MunicipalityService;
import no.ks.ledergaloppen.cohort.WrittenStandard;
import no.ks.ledergaloppen.gathering.GatheringDraft;
import no.ks.ledergaloppen.gathering.GatheringInfo;
import no.ks.ledergaloppen.gathering.GatheringService;
import no.ks.ledergaloppen.innovationcase.CaseProgress;
import no.ks.ledergaloppen.innovationcase.CaseProgressService;
import no.ks.ledergaloppen.innovationcase.PhaseService;
import no.ks.ledergaloppen.roadmap.Phase;
import no.ks.ledergaloppen.security.Language;
import no.ks.ledergaloppen.security.Role;
import no.ks.ledergaloppen.security.UserDraft;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Builds a cohort of its own through the services, on the stopped test clock: municipalities with a
 * leader-group member each, a facilitator of its own, gatherings; then moves, assessments and answers
 * at the moments a test chooses. Nothing from the demo data is used. Imported by {@code @ServiceTest}.
 */

public class CohortFixture {

    @Autowired TestLogin login;
    @Autowired TestClock clock;
    @Autowired UserService users;
    @Autowired MunicipalityService municipalities;
    @Autowired CohortService cohorts;
    @Autowired LeaderGroupService leaderGroups;
    @Autowired GatheringService gatherings;
    @Autowired CaseProgressService progress;
    @Autowired PhaseService phases;
    @Autowired AssessmentService assessments;
    @Autowired AssignmentService assignments;
    @Autowired AnswerService answers;

    /** What was built: ids to act on, and usernames to act as. */
    public record Built(long cohortId, String facilitator, List<Long> municipalityIds, List<String> participants,
                        List<Long> caseIds, List<GatheringInfo> gatherings) {
    }

    /**
     * A cohort named {@code tag} with {@code size} municipalities, enrolled at the clock's current moment,
     * and gatherings on the given days. Runs as the administrator; leaves no one logged in.
     */
    public Built cohort(String tag, int size, List<LocalDate> gatheringDays) {
        login.as("admin");
        LocalDate today = clock.today();
        long facilitator = users.createWithPassword(new UserDraft("fas-" + tag, "Fasilitator " + tag,
                "fas-" + tag + "@test.no", Role.FACILITATOR, Language.NB), "fixture-passord-123").id();
        long cohortId = cohorts.create(new CohortDraft("Kull " + tag, "Testregion", today.minusDays(7),
                today.plusMonths(12), CohortStatus.RUNNING)).id();
        cohorts.addFacilitator(cohortId, facilitator);
        List<Long> ids = new ArrayList<>();
        List<String> participants = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            long m = municipalities.create(new MunicipalityDraft("Testkommune " + tag + " " + i, "Testfylke",
                    WrittenStandard.BOKMAL)).id();
            cohorts.enrol(cohortId, m);
            String username = "del-" + tag + "-" + i;
            long user = users.createWithPassword(new UserDraft(username, "Deltaker " + tag + " " + i,
                    username + "@test.no", Role.PARTICIPANT, Language.NB), "fixture-passord-123").id();
            leaderGroups.addMember(cohortId, m, user, "Rådmann");
            ids.add(m);
            participants.add(username);
        }
        List<GatheringInfo> held = new ArrayList<>();
        for (int n = 0; n < gatheringDays.size(); n++) {
            held.add(gatherings.create(cohortId, new GatheringDraft(n + 1, gatheringDays.get(n), LocalTime.of(9, 0),
                    LocalTime.of(15, 0), "Rådhuset", "Samling " + (n + 1), List.of())));
        }
        List<CaseProgress> opened = progress.cohort(cohortId);
        List<Long> caseIds = ids.stream().map(m -> opened.stream().filter(c -> c.municipalityId() == m).findFirst()
                .map(CaseProgress::caseId).orElseThrow()).toList();
        login.logout();
        return new Built(cohortId, "fas-" + tag, ids, participants, caseIds, held);
    }

    /** Moves a case as the cohort's facilitator, at the clock's current moment. */
    public void move(Built b, int index, Phase to) {
        login.as(b.facilitator());
        phases.move(b.caseIds().get(index), to, "Gruppen er klar for neste fase", true);
        login.logout();
    }

    /**
     * A busy cohort for measuring: per municipality {@code moves} phase moves (back and forth), {@code
     * assessments} assessments, and {@code perGathering} assignments for each gathering, of which every
     * municipality hands in every second one (the very first is answered by each participant alone). The clock
     * moves on a minute per move.
     */
    public Built busy(String tag, int size, int moves, int assessmentsEach, int perGathering) {
        LocalDate start = clock.today();
        Built b = cohort(tag, size, List.of(start.plusDays(20), start.plusDays(60), start.plusDays(100),
                start.plusDays(140)));
        login.as(b.facilitator());
        List<Long> given = new ArrayList<>();
        for (GatheringInfo g : b.gatherings()) {
            for (int i = 1; i <= perGathering; i++) {
                AnswerMode mode = g.number() == 1 && i == 1 ? AnswerMode.INDIVIDUAL : AnswerMode.GROUP;
                given.add(assignments.create(new AssignmentDraft(g.id(), "Oppgave " + g.number() + "." + i,
                        "Skriv kort.", g.date().plusDays(30), null, mode)).id());
            }
        }
        Phase[] path = Phase.values();
        for (int c = 0; c < size; c++) {
            Phase at = Phase.ANCHORING;
            for (int n = 1; n <= moves; n++) {
                clock.advance(Duration.ofMinutes(1));
                // forward two, back one: a case that goes back now and then, as real ones do
                Phase to = n % 3 == 0 ? path[Math.max(at.ordinal() - 1, 0)] : path[Math.min(at.ordinal() + 1, 5)];
                if (to == at) {
                    to = at == Phase.ANCHORING ? Phase.INSIGHT : Phase.IMPLEMENTATION;
                }
                phases.move(b.caseIds().get(c), to, "Steg " + n, true);
                at = to;
            }
            for (int n = 0; n < assessmentsEach; n++) {
                Map<Foundation, Integer> scores = new EnumMap<>(Foundation.class);
                for (Foundation f : Foundation.values()) {
                    scores.put(f, (n + f.ordinal() + c) % 6);
                }
                assessments.record(b.caseIds().get(c), new AssessmentDraft(clock.today(), scores, Map.of()));
            }
        }
        for (int c = 0; c < size; c++) {
            login.as(b.participants().get(c));
            for (int i = 0; i < given.size(); i += 2) {
                var saved = answers.saveDraft(given.get(i), null, "Vårt svar");
                answers.submit(given.get(i), saved.version(), "Vårt svar");
            }
        }
        login.logout();
        return b;
    }

    /** Scores the five foundations for a case; {@code zero} (may be null) scores 0, the rest 4. */
    public void assess(Built b, int index, Foundation zero) {
        login.as(b.facilitator());
        Map<Foundation, Integer> scores = new EnumMap<>(Foundation.class);
        for (Foundation f : Foundation.values()) {
            scores.put(f, f == zero ? 0 : 4);
        }
        assessments.record(b.caseIds().get(index), new AssessmentDraft(clock.today(), scores, Map.of()));
        login.logout();
    }

    /** Gives a group assignment at the first gathering, due on {@code due}. */
    public long assignment(Built b, String title, LocalDate due) {
        login.as(b.facilitator());
        long id = assignments.create(new AssignmentDraft(b.gatherings().getFirst().id(), title, "Skriv kort.", due,
                null, AnswerMode.GROUP)).id();
        login.logout();
        return id;
    }

    /** The municipality's participant saves a draft of the group answer, and hands it in if asked. */
    public void answer(Built b, int index, long assignmentId, boolean handIn) {
        login.as(b.participants().get(index));
        var saved = answers.saveDraft(assignmentId, null, "Vårt svar");
        if (handIn) {
            answers.submit(assignmentId, saved.version(), "Vårt svar");
        }
        login.logout();
    }

    public void later(Duration duration) {
        clock.advance(duration);
    }

    // A municipality's portfolio: more cases than the one opened at enrolment, ordered and finished.

    @Autowired no.ks.ledergaloppen.innovationcase.CaseService caseService;
    @Autowired no.ks.ledergaloppen.innovationcase.PortfolioService portfolio;
    @Autowired no.ks.ledergaloppen.innovationcase.CaseCompletionService completions;

    /** The municipality's leader group opens another case, last in its order; returns its id. */
    public long anotherCase(Built b, int index, String title) {
        login.as(b.participants().get(index));
        long id = caseService.create(b.cohortId(), b.municipalityIds().get(index), title);
        login.logout();
        return id;
    }

    /** The leader group moves one of its cases a place up in its order. */
    public void moveUp(Built b, int index, long caseId) {
        login.as(b.participants().get(index));
        portfolio.moveUp(caseId);
        login.logout();
    }

    /** Moves any case of the cohort as its facilitator, at the clock's current moment. */
    public void moveCase(Built b, long caseId, Phase to) {
        login.as(b.facilitator());
        phases.move(caseId, to, "Gruppen er klar for neste fase", true);
        login.logout();
    }

    /** Takes a case to Operations, records its practice as in use today and marks it finished, as the facilitator. */
    public void finish(Built b, long caseId) {
        moveCase(b, caseId, Phase.OPERATIONS);
        login.as(b.facilitator());
        var inUse = completions.recordInUse(caseId, completions.completion(caseId).version(), clock.today(),
                "Hjemmetjenesten");
        completions.finish(caseId, inUse.version());
        login.logout();
    }
}
