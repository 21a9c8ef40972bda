package no.ks.ledergaloppen.demo;

import java.util.List;
import no.ks.ledergaloppen.assignment.AnswerMode;
import no.ks.ledergaloppen.assignment.AnswerService;
import no.ks.ledergaloppen.assignment.AnswerView;
import no.ks.ledergaloppen.assignment.AssignmentDraft;
import no.ks.ledergaloppen.assignment.AssignmentInfo;
import no.ks.ledergaloppen.assignment.AssignmentService;
import no.ks.ledergaloppen.assignment.JudgingService;
import no.ks.ledergaloppen.base.AppClock;
import no.ks.ledergaloppen.gathering.GatheringInfo;
import no.ks.ledergaloppen.gathering.GatheringService;
import no.ks.ledergaloppen.roadmap.Phase;
import no.ks.ledergaloppen.roadmap.RoadmapService;
import no.ks.ledergaloppen.security.SystemAuthentication;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Assignments from gatherings 1 and 2 of Pilot i vest, given at the gathering and answered along the
 * cohort's timeline, in every state: approved (Haugesund), returned with feedback (Kvam), submitted a
 * month ago (Tysvær), a draft (Voss) and not started (Klepp). The first was due before gathering 2, so
 * those who have not handed it in are overdue; another is due in two days, so the reminders have someone
 * to remind.
 */
@Component
@Profile("demo")
class DemoAssignments {

    private final AssignmentService assignments;
    private final AnswerService answers;
    private final JudgingService judging;
    private final GatheringService gatherings;
    private final RoadmapService roadmap;
    private final SystemAuthentication system;
    private final AppClock clock;

    DemoAssignments(AssignmentService assignments, AnswerService answers, JudgingService judging,
                    GatheringService gatherings, RoadmapService roadmap, SystemAuthentication system, AppClock clock) {
        this.assignments = assignments;
        this.answers = answers;
        this.judging = judging;
        this.gatherings = gatherings;
        this.roadmap = roadmap;
        this.system = system;
        this.clock = clock;
    }

    void seed(long westCohortId, DemoCalendar calendar) {
        system.runAs("kari", () -> {
            List<GatheringInfo> west = gatherings.forCohort(westCohortId);
            GatheringInfo first = west.get(0);
            GatheringInfo second = west.get(1);
            long need = roadmap.phase(Phase.INSIGHT).steps().getFirst().id();
            // given at gathering 1 and due the day before gathering 2: in the past by now
            AssignmentInfo needAssignment = clock.asOf(calendar.at(1, 0, "14:50"), () -> assignments.create(
                    new AssignmentDraft(first.id(), "Formuler det egentlige behovet i saken",
                    "Skriv behovet slik brukerne selv ville beskrevet det, ikke som en løsning.\n\n"
                            + "- Hvem har behovet?\n- Hva er problemet i dag, og hvordan vet dere det?\n"
                            + "- Hva skjer om ingenting gjøres?\n\nEn halv side er nok. Ta det med til neste samling.",
                    second.date().minusDays(1), need, AnswerMode.GROUP)));
            long test = roadmap.phase(Phase.TESTING).steps().getFirst().id();
            AssignmentInfo plan = clock.asOf(calendar.at(2, 0, "14:50"), () -> assignments.create(
                    new AssignmentDraft(second.id(), "Planlegg en liten test",
                    "Hver deltaker beskriver én liten test dere kan gjøre før neste samling: hva dere tester,"
                            + " med hvem, og hvordan dere vet om den lyktes.", null, test, AnswerMode.INDIVIDUAL)));
            AssignmentInfo reflection = clock.asOf(calendar.at(2, 0, "14:55"), () -> assignments.create(
                    new AssignmentDraft(second.id(), "Kort refleksjon etter samling 2",
                    "Hva tar ledergruppen med seg fra samlingen? Tre setninger holder.",
                    calendar.today().plusDays(2), null, AnswerMode.GROUP)));

            clock.asOf(calendar.at(1, 13, "10:15"), () -> answer("ola", needAssignment.id(), "Eldre som bor hjemme"
                    + " vil føle seg trygge om natten uten å bli vekket. Pårørende vil vite at alt er i orden. I dag"
                    + " gjør nattpatruljen 40 besøk per natt.", true));
            clock.asOf(calendar.at(1, 15, "13:00"), () -> judge(needAssignment.id(), "Haugesund kommune", true,
                    "Tydelig og godt forankret i brukernes egne ord. Godkjent."));
            clock.asOf(calendar.at(1, 20, "11:20"), () -> answer("sigrid", needAssignment.id(),
                    "Eldre treng treningsgrupper for å klare seg sjølve.", true));
            clock.asOf(calendar.at(1, 22, "09:30"), () -> judge(needAssignment.id(), "Kvam herad", false,
                    "Dette er ei løysing, ikkje eit behov. Kva seier dei eldre sjølve om kvardagen sin?"));
            // Tysvær's last sign of life, a month before the seeding day
            clock.asOf(calendar.at(0, -31, "14:10"), () -> answer("lars", needAssignment.id(), "Søkere vet ikke hva"
                    + " som mangler før saken stopper opp, og venter i snitt sju uker på vedtak.", true));
            clock.asOf(calendar.at(2, -6, "15:40"), () -> answer("ingrid", needAssignment.id(),
                    "Unge vaksne må fortelje historia si på nytt kvar gong dei", false));

            clock.asOf(calendar.at(2, 2, "09:20"), () -> answer("ola", reflection.id(),
                    "Vi tar med oss at behovet må komme først, og at vi må teste smått.", true));
            clock.asOf(calendar.at(2, 15, "10:05"), () -> answer("ola", plan.id(),
                    "Vi tester individuelle varslingsterskler hos to brukere i to uker.", false));
            clock.asOf(calendar.at(2, 16, "13:30"), () -> answer("marte", plan.id(),
                    "Jeg vil teste et enkelt skjema der pårørende sier hva de trenger å vite.", true));
        });
    }

    private void answer(String username, long assignmentId, String text, boolean submit) {
        system.runAs(username, () -> {
            AnswerView draft = answers.saveDraft(assignmentId, answers.myAnswer(assignmentId).version(), text);
            if (submit) {
                answers.submit(assignmentId, draft.version(), text);
            }
        });
    }

    private void judge(long assignmentId, String municipality, boolean approve, String feedback) {
        judging.overview(assignmentId).stream().filter(r -> r.municipality().equals(municipality)).findFirst()
                .ifPresent(row -> {
                    AnswerView a = judging.answer(row.answerId());
                    if (approve) {
                        judging.approve(a.id(), a.version(), feedback, true);
                    } else {
                        judging.returnForRevision(a.id(), a.version(), feedback, true);
                    }
                });
    }
}
