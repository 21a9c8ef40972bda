package no.ks.ledergaloppen.assignment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.gathering.GatheringDraft;
import no.ks.ledergaloppen.gathering.GatheringInfo;
import no.ks.ledergaloppen.gathering.GatheringService;

/**
 * The assignment tests' own world: the clock stopped at {@link #TODAY}, and two gatherings of Pilot i vest
 * of their own, {@link #FIRST} today and {@link #NEXT} four weeks later, at which Kari gives assignments.
 * The cohort and its people are the demo's; nothing else of the demo is relied on.
 */
final class AssignmentFixture {

    static final LocalDate TODAY = LocalDate.of(2031, 3, 3);
    static final LocalDate NEXT_GATHERING = TODAY.plusWeeks(4);

    private final AssignmentService assignments;
    private final GatheringService gatherings;
    private final TestLogin login;
    GatheringInfo first;
    GatheringInfo next;

    AssignmentFixture(AssignmentService assignments, GatheringService gatherings, TestLogin login, TestClock clock) {
        this.assignments = assignments;
        this.gatherings = gatherings;
        this.login = login;
        clock.stopAt(TODAY, LocalTime.of(9, 0));
        login.as("kari");
        long west = gatherings.mine().stream().filter(g -> g.cohortName().equals("Pilot i vest")).findFirst()
                .orElseThrow().cohortId();
        first = gatherings.create(west, gathering(11, TODAY));
        next = gatherings.create(west, gathering(12, NEXT_GATHERING));
        login.logout();
    }

    private static GatheringDraft gathering(int number, LocalDate date) {
        return new GatheringDraft(number, date, LocalTime.of(9, 0), LocalTime.of(15, 0), "Haugesund rådhus",
                "Samling " + number, List.of());
    }

    long westCohortId() {
        return first.cohortId();
    }

    /** Kari gives an assignment at the first gathering, due the day before the next unless told otherwise. */
    long give(AnswerMode mode, LocalDate due) {
        return give("Test på egen sak", mode, due);
    }

    long give(String title, AnswerMode mode, LocalDate due) {
        login.as("kari");
        return assignments.create(new AssignmentDraft(first.id(), title,
                "Beskriv testen.\n\n- Hva testet dere?\n- Hva lærte dere?", due, null, mode)).id();
    }
}
