package no.ks.ledergaloppen.gathering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.cohort.CohortSummary;
import no.ks.ledergaloppen.cohort.EnrolledMunicipality;
import no.ks.ledergaloppen.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class GatheringServiceTest {

    @Autowired
    no.ks.ledergaloppen.TestClock testClock;

    @Autowired
    GatheringService gatherings;
    @Autowired
    HomeVisitService visits;
    @Autowired
    CohortService cohorts;
    @Autowired
    UserService users;
    @Autowired
    TestLogin login;

    private long west() {
        return login.asAdminMeanwhile(() -> cohorts.page(false, Pageable.unpaged()).stream()
                .filter(c -> c.name().equals("Pilot i vest")).map(CohortSummary::id).findFirst().orElseThrow());
    }

    private long municipality(long cohortId, String name) {
        return login.asAdminMeanwhile(() -> cohorts.details(cohortId).municipalities().stream()
                .map(EnrolledMunicipality::municipality).filter(m -> m.name().equals(name)).findFirst().orElseThrow().id());
    }

    private long kari() {
        return idOf("kari");
    }

    private long idOf(String username) {
        return login.asAdminMeanwhile(() -> users.findByUsername(username).orElseThrow().id());
    }

    private GatheringDraft draft(int number, List<AgendaItemDraft> agenda) {
        return new GatheringDraft(number, testClock.today().plusMonths(4), LocalTime.of(9, 0), LocalTime.of(15, 0),
                "Stord kulturhus", "Ekstra samling om gevinster", agenda);
    }

    @Test
    void participants_read_their_cohorts_four_gatherings_and_the_next_one_lies_ahead() {
        long west = west();
        login.as("ola");
        List<GatheringInfo> list = gatherings.forCohort(west);
        assertThat(list).extracting(GatheringInfo::number).containsExactly(1, 2, 3, 4);
        assertThat(list.getFirst().agenda()).isNotEmpty();
        GatheringInfo next = gatherings.next(west).orElseThrow();
        assertThat(next.number()).isEqualTo(3);
        assertThat(next.date()).isAfterOrEqualTo(testClock.today().minusDays(1));
        assertThat(gatherings.mine()).allMatch(g -> g.cohortId() == west);
    }

    @Test
    void a_facilitator_plans_a_gathering_with_an_agenda_in_order_and_blank_lines_are_dropped() {
        long west = west();
        login.as("kari");
        GatheringInfo saved = gatherings.create(west, draft(5, List.of(
                new AgendaItemDraft(LocalTime.of(9, 0), "Velkommen", "Kari", null),
                new AgendaItemDraft(null, " ", "", null),
                new AgendaItemDraft(LocalTime.of(10, 0), "Gevinstkart", null, "Vi tegner gevinstkart"))));
        assertThat(saved.agenda()).extracting(AgendaItemDraft::title).containsExactly("Velkommen", "Gevinstkart");
        login.as("ola");
        assertThat(gatherings.forCohort(west)).extracting(GatheringInfo::number).contains(5);
    }

    @Test
    void participants_and_other_facilitators_cannot_plan_and_outsiders_do_not_find_the_gatherings() {
        long west = west();
        login.as("ola");
        assertThatThrownBy(() -> gatherings.create(west, draft(5, List.of()))).isInstanceOf(AccessDeniedException.class);
        login.as("jon");
        assertThatThrownBy(() -> gatherings.forCohort(west))
                .hasFieldOrPropertyWithValue("messageKey", "gathering.error.notFound");
        assertThatThrownBy(() -> gatherings.create(west, draft(5, List.of()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bad_input_is_refused_with_a_message_for_the_field_and_nothing_is_saved() {
        long west = west();
        login.as("kari");
        assertThatThrownBy(() -> gatherings.create(west, draft(2, List.of())))
                .hasFieldOrPropertyWithValue("field", "number")
                .hasFieldOrPropertyWithValue("messageKey", "gathering.error.numberTaken");
        assertThatThrownBy(() -> gatherings.create(west, new GatheringDraft(5, testClock.today(), LocalTime.of(15, 0),
                LocalTime.of(9, 0), "Stord", "Tema", List.of())))
                .hasFieldOrPropertyWithValue("field", "ends");
        assertThatThrownBy(() -> gatherings.create(west, draft(5, List.of(
                new AgendaItemDraft(LocalTime.of(9, 0), "", "Kari", "Uten tittel")))))
                .hasFieldOrPropertyWithValue("field", "agenda.0.title")
                .hasFieldOrPropertyWithValue("messageKey", "gathering.error.agendaTitle");
        assertThatThrownBy(() -> gatherings.create(west, new GatheringDraft(5, testClock.today(), null, null, " ",
                "Tema", List.of()))).hasFieldOrPropertyWithValue("field", "place");
        assertThat(gatherings.forCohort(west)).hasSize(4);
    }

    @Test
    void a_second_home_visit_for_a_municipality_is_refused() {
        long west = west();
        long haugesund = municipality(west, "Haugesund kommune");
        login.as("kari");
        assertThat(visits.visits(west)).hasSize(2);
        assertThatThrownBy(() -> visits.plan(west, haugesund, new HomeVisitDraft(testClock.today().plusDays(3),
                HomeVisitStatus.PLANNED, Set.of(kari()), null, null)))
                .hasFieldOrPropertyWithValue("messageKey", "homeVisit.error.alreadyPlanned");
        assertThat(visits.visits(west)).hasSize(2);
    }

    @Test
    void a_home_visit_and_its_notes_are_seen_by_ks_and_that_municipality_only() {
        long west = west();
        login.as("ola");
        assertThat(visits.visits(west)).singleElement().satisfies(v -> {
            assertThat(v.municipalityName()).isEqualTo("Haugesund kommune");
            assertThat(v.notes()).contains("Pådriveren");
            assertThat(v.facilitatorNames()).containsExactly("Kari Nordmann");
        });
        login.as("lars");
        assertThat(visits.visits(west)).isEmpty();
        login.as("ingrid");
        assertThat(visits.visits(west)).extracting(HomeVisitInfo::municipalityName).containsExactly("Voss herad");
        login.as("jon");
        assertThat(visits.visits(west)).isEmpty();
        assertThatThrownBy(() -> visits.plan(west, municipality(west, "Tysvær kommune"), new HomeVisitDraft(
                testClock.today(), HomeVisitStatus.PLANNED, Set.of(kari()), null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_visit_marked_done_in_the_future_or_without_a_facilitator_is_refused() {
        long west = west();
        long tysvaer = municipality(west, "Tysvær kommune");
        login.as("kari");
        assertThatThrownBy(() -> visits.plan(west, tysvaer, new HomeVisitDraft(testClock.today().plusDays(10),
                HomeVisitStatus.DONE, Set.of(kari()), null, null)))
                .hasFieldOrPropertyWithValue("messageKey", "homeVisit.error.doneInFuture");
        assertThatThrownBy(() -> visits.plan(west, tysvaer, new HomeVisitDraft(testClock.today().plusDays(10),
                HomeVisitStatus.PLANNED, Set.of(), null, null)))
                .hasFieldOrPropertyWithValue("messageKey", "homeVisit.error.noFacilitator");
        long jon = idOf("jon");
        assertThatThrownBy(() -> visits.plan(west, tysvaer, new HomeVisitDraft(testClock.today().plusDays(10),
                HomeVisitStatus.PLANNED, Set.of(jon), null, null)))
                .hasFieldOrPropertyWithValue("messageKey", "homeVisit.error.notFacilitator");
        assertThat(visits.visits(west)).hasSize(2);
        HomeVisitInfo planned = visits.plan(west, tysvaer, new HomeVisitDraft(testClock.today().plusDays(10),
                HomeVisitStatus.PLANNED, Set.of(kari()), "Gevinstkart", null));
        assertThat(planned.status()).isEqualTo(HomeVisitStatus.PLANNED);
    }
}
