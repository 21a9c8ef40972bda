package no.ks.ledergaloppen.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ks.ledergaloppen.base.AppClock;
import no.ks.ledergaloppen.cohort.CohortDraft;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.cohort.CohortStatus;
import no.ks.ledergaloppen.cohort.LeaderGroupService;
import no.ks.ledergaloppen.cohort.MunicipalityDraft;
import no.ks.ledergaloppen.cohort.MunicipalityService;
import no.ks.ledergaloppen.cohort.WrittenStandard;
import no.ks.ledergaloppen.security.Language;
import no.ks.ledergaloppen.security.Role;
import no.ks.ledergaloppen.security.SystemAuthentication;
import no.ks.ledergaloppen.security.UserDraft;
import no.ks.ledergaloppen.security.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo: the three cohorts of the seed presentation, their municipalities, and demo users who
 * all log in with the demo password. Only with the {@code demo} profile, and only once per database.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final UserService users;
    private final MunicipalityService municipalities;
    private final CohortService cohorts;
    private final LeaderGroupService leaderGroups;
    private final TransactionTemplate transaction;
    private final SystemAuthentication system;
    private final DemoCases demoCases;
    private final DemoGatherings demoGatherings;
    private final DemoAssignments demoAssignments;
    private final DemoPortfolio demoPortfolio;
    private final AppClock clock;
    private final DemoIdeas demoIdeas;
    private final String password;
    private final DemoBenefits demoBenefits;
    private final Map<String, Long> municipalityIds = new HashMap<>();
    private final Map<String, Long> userIds = new HashMap<>();

    DemoData(UserService users, MunicipalityService municipalities, CohortService cohorts,
             LeaderGroupService leaderGroups, TransactionTemplate transaction, SystemAuthentication system,
             DemoCases demoCases, DemoGatherings demoGatherings, DemoAssignments demoAssignments, AppClock clock,
             DemoIdeas demoIdeas, @Value("${ledergaloppen.demo.password}") String password,
             DemoPortfolio demoPortfolio, DemoBenefits demoBenefits) {
        this.demoIdeas = demoIdeas;
        this.demoPortfolio = demoPortfolio;
        this.demoBenefits = demoBenefits;
        this.demoGatherings = demoGatherings;
        this.demoAssignments = demoAssignments;
        this.clock = clock;
        this.users = users;
        this.municipalities = municipalities;
        this.cohorts = cohorts;
        this.leaderGroups = leaderGroups;
        this.transaction = transaction;
        this.system = system;
        this.demoCases = demoCases;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        system.runAsSystem(() -> {
            if (users.findByUsername("admin").isPresent()) {
                return;
            }
            DemoCalendar calendar = new DemoCalendar(LocalDate.now(clock));
            transaction.executeWithoutResult(status -> {
                seed(calendar);
                demoCases.seed(calendar);
                demoIdeas.seed(calendar);
                demoPortfolio.seed();
                demoBenefits.seed(calendar);
            });
            LOG.info("Demo data created: three cohorts and the demo users (password '{}').", password);
        });
    }

    /** Users, municipalities and cohorts are set up a few days before each cohort starts (cases open at enrolment). */
    private void seed(DemoCalendar calendar) {
        Instant westOpens = opening(calendar.start());
        clock.asOf(westOpens, () -> {
            DemoPeople.USERS.forEach(u -> userIds.put(u.username(), users.createWithPassword(
                    new UserDraft(u.username(), u.displayName(), u.username() + "@demo.ledergaloppen.no", u.role(),
                            u.language()), password).id()));
            DemoPeople.MUNICIPALITIES.forEach(m -> municipalityIds.put(m.name(),
                    municipalities.create(new MunicipalityDraft(m.name(), m.county(), m.standard())).id()));
        });

        long prePilot = clock.asOf(opening(LocalDate.of(2018, 6, 1)), () -> cohort("Pre-pilot Østfold/Akershus",
                "Østfold og Akershus", LocalDate.of(2018, 6, 1), LocalDate.of(2019, 2, 28), CohortStatus.FINISHED,
                List.of("Aremark kommune", "Hvaler kommune", "Råde kommune", "Gjerdrum kommune", "Hurdal kommune",
                        "Skiptvet kommune", "Våler kommune", "Marker kommune")));
        long west = clock.asOf(westOpens, () -> cohort("Pilot i vest", "Rogaland og Vestland", calendar.start(),
                calendar.end(), CohortStatus.RUNNING, List.of("Haugesund kommune", "Kvam herad", "Tysvær kommune",
                        "Voss herad", "Klepp kommune")));
        long more = clock.asOf(opening(calendar.start().plusMonths(1)), () -> cohort("Pilot i Møre og Romsdal",
                "Møre og Romsdal", calendar.start().plusMonths(1), calendar.end().plusMonths(1), CohortStatus.RUNNING,
                List.of("Giske kommune", "Hustadvika kommune", "Rauma kommune", "Sula kommune", "Tingvoll kommune",
                        "Ørsta kommune")));

        cohorts.addFacilitator(west, userIds.get("kari"));
        cohorts.addFacilitator(more, userIds.get("kari"));
        cohorts.addFacilitator(prePilot, userIds.get("jon"));
        DemoPeople.WEST_GROUPS.forEach(g -> leaderGroups.addMember(west, municipalityIds.get(g.municipality()),
                userIds.get(g.username()), g.title()));

        demoGatherings.seed(prePilot, List.of(LocalDate.of(2018, 6, 12), LocalDate.of(2018, 9, 18),
                LocalDate.of(2018, 11, 27), LocalDate.of(2019, 2, 12)),
                List.of("Sarpsborg, Quality Hotel", "Lillestrøm, KS-huset", "Fredrikstad, Kulturhuset", "Jessheim"));
        demoGatherings.seed(west, java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(n -> calendar.gathering(n, 0))
                .toList(), List.of("Haugesund rådhus", "Voss kulturhus", "Kvam herad, Norheimsund", "Klepp rådhus"));
        demoGatherings.seed(more, java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(n -> calendar.gathering(n, 4))
                .toList(), List.of("Molde rådhus", "Ålesund, Parken kulturhus", "Ørsta, Volda campus", "Molde rådhus"));
        demoGatherings.homeVisits(west, municipalityIds.get("Haugesund kommune"), municipalityIds.get("Voss herad"),
                userIds.get("kari"), calendar);
        demoAssignments.seed(west, calendar);
    }

    private static Instant opening(LocalDate cohortStart) {
        return DemoCalendar.at(DemoCalendar.workday(cohortStart.minusDays(3)), "09:00");
    }

    private long cohort(String name, String region, LocalDate start, LocalDate end, CohortStatus status,
                        List<String> members) {
        long id = cohorts.create(new CohortDraft(name, region, start, end, status)).id();
        members.forEach(m -> cohorts.enrol(id, municipalityIds.get(m)));
        return id;
    }

    /** Kept apart from the seeding steps so that both stay readable. */
    static final class DemoPeople {

        record Person(String username, String displayName, Role role, Language language) { }

        record Place(String name, String county, WrittenStandard standard) { }

        record Seat(String username, String municipality, String title) { }

        static final List<Person> USERS = List.of(
                new Person("admin", "Astrid Berg", Role.ADMIN, Language.NB),
                new Person("kari", "Kari Nordmann", Role.FACILITATOR, Language.NB),
                new Person("jon", "Jon Aasen", Role.FACILITATOR, Language.NB),
                new Person("ola", "Ola Haugland", Role.PARTICIPANT, Language.NB),
                new Person("marte", "Marte Solheim", Role.PARTICIPANT, Language.NB),
                new Person("per", "Per Eide", Role.PARTICIPANT, Language.NB),
                new Person("sigrid", "Sigrid Tveit", Role.PARTICIPANT, Language.NN),
                new Person("knut", "Knut Øye", Role.PARTICIPANT, Language.NN),
                new Person("lars", "Lars Vatne", Role.PARTICIPANT, Language.NB),
                new Person("hilde", "Hilde Rygg", Role.PARTICIPANT, Language.NB),
                new Person("ingrid", "Ingrid Vik", Role.PARTICIPANT, Language.NN),
                new Person("arne", "Arne Lid", Role.PARTICIPANT, Language.NN),
                new Person("solveig", "Solveig Dale", Role.PARTICIPANT, Language.NN),
                new Person("tor", "Tor Erga", Role.PARTICIPANT, Language.NN),
                new Person("eva", "Eva Braut", Role.PARTICIPANT, Language.NN));

        static final List<Place> MUNICIPALITIES = List.of(
                new Place("Aremark kommune", "Østfold", WrittenStandard.BOKMAL),
                new Place("Hvaler kommune", "Østfold", WrittenStandard.BOKMAL),
                new Place("Råde kommune", "Østfold", WrittenStandard.BOKMAL),
                new Place("Gjerdrum kommune", "Akershus", WrittenStandard.BOKMAL),
                new Place("Hurdal kommune", "Akershus", WrittenStandard.BOKMAL),
                new Place("Skiptvet kommune", "Østfold", WrittenStandard.BOKMAL),
                new Place("Våler kommune", "Østfold", WrittenStandard.BOKMAL),
                new Place("Marker kommune", "Østfold", WrittenStandard.BOKMAL),
                new Place("Haugesund kommune", "Rogaland", WrittenStandard.BOKMAL),
                new Place("Kvam herad", "Vestland", WrittenStandard.NYNORSK),
                new Place("Tysvær kommune", "Rogaland", WrittenStandard.BOKMAL),
                new Place("Voss herad", "Vestland", WrittenStandard.NYNORSK),
                new Place("Klepp kommune", "Rogaland", WrittenStandard.NYNORSK),
                new Place("Giske kommune", "Møre og Romsdal", WrittenStandard.NYNORSK),
                new Place("Hustadvika kommune", "Møre og Romsdal", WrittenStandard.BOKMAL),
                new Place("Rauma kommune", "Møre og Romsdal", WrittenStandard.NYNORSK),
                new Place("Sula kommune", "Møre og Romsdal", WrittenStandard.NYNORSK),
                new Place("Tingvoll kommune", "Møre og Romsdal", WrittenStandard.BOKMAL),
                new Place("Ørsta kommune", "Møre og Romsdal", WrittenStandard.NYNORSK),
                new Place("Time kommune", "Rogaland", WrittenStandard.NYNORSK),
                new Place("Jevnaker kommune", "Akershus", WrittenStandard.BOKMAL),
                new Place("Lier kommune", "Buskerud", WrittenStandard.BOKMAL));

        static final List<Seat> WEST_GROUPS = List.of(
                new Seat("ola", "Haugesund kommune", "Rådmann"),
                new Seat("marte", "Haugesund kommune", "Kommunalsjef helse og omsorg"),
                new Seat("per", "Haugesund kommune", "Økonomisjef"),
                new Seat("sigrid", "Kvam herad", "Kommunedirektør"),
                new Seat("knut", "Kvam herad", "Kommunalsjef oppvekst"),
                new Seat("lars", "Tysvær kommune", "Rådmann"),
                new Seat("hilde", "Tysvær kommune", "HR-sjef"),
                new Seat("ingrid", "Voss herad", "Kommunalsjef"),
                new Seat("arne", "Voss herad", "Kommunedirektør"),
                new Seat("solveig", "Voss herad", "Digitaliseringsleiar"),
                new Seat("tor", "Klepp kommune", "Kommunedirektør"),
                new Seat("eva", "Klepp kommune", "Kommunalsjef helse"));

        private DemoPeople() {
        }
    }
}
