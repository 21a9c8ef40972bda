package no.ks.ledergaloppen.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import no.ks.ledergaloppen.base.AppClock;
import no.ks.ledergaloppen.gathering.AgendaItemDraft;
import no.ks.ledergaloppen.gathering.GatheringDraft;
import no.ks.ledergaloppen.gathering.GatheringService;
import no.ks.ledergaloppen.gathering.HomeVisitDraft;
import no.ks.ledergaloppen.gathering.HomeVisitService;
import no.ks.ledergaloppen.gathering.HomeVisitStatus;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Four gatherings with agendas for each demo cohort, and two home visits in Pilot i vest (one done, one planned). */
@Component
@Profile("demo")
class DemoGatherings {

    private static final String[] THEMES = {"Oppstart og forankring", "Innsikt i brukernes behov",
        "Idéutvikling og testing", "Implementering, gevinster og drift"};

    private final GatheringService gatherings;
    private final HomeVisitService visits;
    private final AppClock clock;

    DemoGatherings(GatheringService gatherings, HomeVisitService visits, AppClock clock) {
        this.gatherings = gatherings;
        this.visits = visits;
        this.clock = clock;
    }

    /** Seeds one cohort's four gatherings on the given dates and places. */
    void seed(long cohortId, List<LocalDate> dates, List<String> places) {
        for (int i = 0; i < 4; i++) {
            gatherings.create(cohortId, new GatheringDraft(i + 1, dates.get(i), LocalTime.of(9, 30), LocalTime.of(15, 30),
                    places.get(i), THEMES[i], agenda(i + 1)));
        }
    }

    /** Haugesund's visit, six days after gathering 2, was recorded as done that afternoon; Voss's is next week. */
    void homeVisits(long cohortId, long doneAt, long plannedAt, long facilitatorId, DemoCalendar calendar) {
        LocalDate done = calendar.day(2, 6);
        clock.asOf(DemoCalendar.at(done, "16:00"), () -> visits.plan(cohortId, doneAt, new HomeVisitDraft(done,
                HomeVisitStatus.DONE, java.util.Set.of(facilitatorId),
                "Vi gikk gjennom BLT-runde 1 og øvde på å formulere behovet fra brukerens ståsted.",
                "Ledergruppen er motivert. Pådriveren trenger mer tid frigjort; ta det opp med kommunedirektøren.")));
        clock.asOf(calendar.at(2, 3, "10:30"), () -> visits.plan(cohortId, plannedAt, new HomeVisitDraft(
                calendar.today().plusWeeks(1), HomeVisitStatus.PLANNED, java.util.Set.of(facilitatorId),
                "Tenestereisa og kva som skal testast først.", null)));
    }

    private static List<AgendaItemDraft> agenda(int number) {
        String[][] middle = switch (number) {
            case 1 -> new String[][] {
                {"Veikart for tjenesteinnovasjon: fasene og de fem fundamentene", "KS",
                    "Hvordan programmet henger sammen, og hvorfor behovet kommer før løsningen."},
                {"Arbeid i ledergruppene: hva er det egentlige behovet i vår sak?", "Fasilitatorene",
                    "Hver ledergruppe formulerer behovet og hvem som har det."}};
            case 2 -> new String[][] {
                {"Innsiktsmetoder: intervju, observasjon og tjenestereise", "KS",
                    "Korte eksempler fra kommuner som har gjort det før."},
                {"Tjenestereise på egen sak", "Fasilitatorene",
                    "Ledergruppene tegner dagens tjenestereise og markerer smertepunktene."}};
            case 3 -> new String[][] {
                {"Fra idé til test: BLT-runder i praksis", "KS",
                    "Behov, løsning, test: hvordan teste smått og lære raskt."},
                {"Planlegg neste test", "Fasilitatorene",
                    "Hver ledergruppe planlegger en test de kan gjøre før neste samling."}};
            default -> new String[][] {
                {"Gevinstrealisering og drift", "KS",
                    "Hvordan gevinstene følges opp når løsningen blir en del av driften."},
                {"Erfaringsdeling: hva tar vi med oss videre?", "Alle",
                    "Hver kommune deler det viktigste de har lært."}};
        };
        return List.of(
                new AgendaItemDraft(LocalTime.of(9, 30), "Velkommen og mål for dagen", "KS", null),
                new AgendaItemDraft(LocalTime.of(10, 0), middle[0][0], middle[0][1], middle[0][2]),
                new AgendaItemDraft(LocalTime.of(11, 30), "Lunsj", null, null),
                new AgendaItemDraft(LocalTime.of(12, 15), middle[1][0], middle[1][1], middle[1][2]),
                new AgendaItemDraft(LocalTime.of(14, 45), "Oppsummering og oppgaver til neste samling",
                        "Fasilitatorene", null));
    }
}
