package no.ks.ledergaloppen.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.security.Language;
import no.ks.ledergaloppen.security.UserDraft;
import no.ks.ledergaloppen.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class CohortServiceTest {

    @Autowired
    CohortService cohorts;
    @Autowired
    LeaderGroupService leaderGroups;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    UserService users;
    @Autowired
    TestLogin login;

    private CohortSummary cohortNamed(String name) {
        login.as("admin");
        return cohorts.page(false, PageRequest.of(0, 50)).stream().filter(c -> c.name().equals(name))
                .findFirst().orElseThrow();
    }

    private MunicipalityInfo municipalityNamed(String name) {
        return municipalities.all().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private static CohortDraft draft(String name, LocalDate start, LocalDate end) {
        return new CohortDraft(name, "Agder", start, end, CohortStatus.PLANNED);
    }

    @Test
    void admin_creates_a_cohort_and_enrols_municipalities() {
        login.as("admin");
        CohortSummary created = cohorts.create(draft("Pilot i Agder", LocalDate.of(2027, 1, 10),
                LocalDate.of(2027, 10, 1)));
        cohorts.enrol(created.id(), municipalityNamed("Time kommune").id());
        CohortDetails details = cohorts.details(created.id());
        assertThat(details.municipalities()).extracting(m -> m.municipality().name()).containsExactly("Time kommune");
    }

    @Test
    void end_date_before_start_date_is_refused_and_nothing_is_saved() {
        login.as("admin");
        long before = cohorts.page(false, PageRequest.of(0, 1)).getTotalElements();
        assertThatThrownBy(() -> cohorts.create(draft("Baklengs", LocalDate.of(2027, 5, 1), LocalDate.of(2027, 4, 1))))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("field", "endDate")
                .hasFieldOrPropertyWithValue("messageKey", "cohort.error.endBeforeStart");
        assertThat(cohorts.page(false, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
    }

    @Test
    void missing_name_and_duplicate_name_are_refused() {
        login.as("admin");
        assertThatThrownBy(() -> cohorts.create(draft(" ", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1))))
                .hasFieldOrPropertyWithValue("field", "name")
                .hasFieldOrPropertyWithValue("messageKey", "validation.required");
        assertThatThrownBy(() -> cohorts.create(draft("pilot i vest", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1))))
                .hasFieldOrPropertyWithValue("messageKey", "cohort.error.nameTaken");
    }

    @Test
    void enrolling_a_municipality_twice_is_refused() {
        CohortSummary west = cohortNamed("Pilot i vest");
        long haugesund = municipalityNamed("Haugesund kommune").id();
        assertThatThrownBy(() -> cohorts.enrol(west.id(), haugesund))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("field", "municipality")
                .hasFieldOrPropertyWithValue("messageKey", "cohort.error.alreadyEnrolled");
        assertThat(cohorts.details(west.id()).municipalities()).hasSize(5);
    }

    @Test
    void facilitator_runs_only_the_cohorts_they_facilitate() {
        CohortSummary prePilot = cohortNamed("Pre-pilot Østfold/Akershus");
        CohortSummary west = cohortNamed("Pilot i vest");
        login.as("kari");
        assertThat(cohorts.page(false, PageRequest.of(0, 50)).map(CohortSummary::name).toList())
                .containsExactlyInAnyOrder("Pilot i vest", "Pilot i Møre og Romsdal");
        assertThat(cohorts.details(west.id()).municipalities()).hasSize(5);
        assertThatThrownBy(() -> cohorts.details(prePilot.id())).isInstanceOf(AccessDeniedException.class);
        var edit = new CohortDraft("Omdøpt", "Øst", prePilot.startDate(), prePilot.endDate(), CohortStatus.RUNNING);
        assertThatThrownBy(() -> cohorts.update(prePilot.id(), prePilot.version(), edit))
                .isInstanceOf(AccessDeniedException.class);
        login.as("admin");
        assertThat(cohorts.details(prePilot.id()).cohort().name()).isEqualTo("Pre-pilot Østfold/Akershus");
    }

    @Test
    void facilitator_edits_their_own_cohort_but_cannot_create_one() {
        CohortSummary west = cohortNamed("Pilot i vest");
        login.as("kari");
        var edit = new CohortDraft("Pilot i vest", "Vestlandet", west.startDate(), west.endDate(), CohortStatus.FINISHED);
        assertThat(cohorts.update(west.id(), west.version(), edit).region()).isEqualTo("Vestlandet");
        assertThatThrownBy(() -> cohorts.create(draft("Eget kull", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused() {
        CohortSummary west = cohortNamed("Pilot i vest");
        var first = new CohortDraft("Pilot i vest", "Vest 1", west.startDate(), west.endDate(), west.status());
        cohorts.update(west.id(), west.version(), first);
        var second = new CohortDraft("Pilot i vest", "Vest 2", west.startDate(), west.endDate(), west.status());
        assertThatThrownBy(() -> cohorts.update(west.id(), west.version(), second))
                .hasFieldOrPropertyWithValue("messageKey", "cohort.error.changedMeanwhile");
        assertThat(cohorts.details(west.id()).cohort().region()).isEqualTo("Vest 1");
    }

    @Test
    void participant_cannot_use_cohort_administration() {
        CohortSummary west = cohortNamed("Pilot i vest");
        login.as("ola");
        assertThatThrownBy(() -> cohorts.page(false, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohorts.details(west.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void facilitator_creates_a_participant_straight_into_a_leader_group() {
        CohortSummary west = cohortNamed("Pilot i vest");
        long kvam = municipalityNamed("Kvam herad").id();
        login.as("kari");
        var created = leaderGroups.createParticipant(west.id(), kvam,
                new UserDraft("brita", "Brita Kvam", "brita@kvam.kommune.no", null, Language.NN), "Økonomisjef");
        assertThat(created.account().mustChangePassword()).isTrue();
        assertThat(leaderGroups.leaderGroup(west.id(), kvam)).extracting(MemberInfo::username).contains("brita");
    }

    @Test
    void a_participant_sits_in_one_leader_group_per_cohort() {
        CohortSummary west = cohortNamed("Pilot i vest");
        long ola = users.findByUsername("ola").orElseThrow().id();
        long kvam = municipalityNamed("Kvam herad").id();
        assertThatThrownBy(() -> leaderGroups.addMember(west.id(), kvam, ola, "Rådgiver"))
                .hasFieldOrPropertyWithValue("messageKey", "leaderGroup.error.alreadyInCohort");
        long kari = users.findByUsername("kari").orElseThrow().id();
        assertThatThrownBy(() -> leaderGroups.addMember(west.id(), kvam, kari, "Rådgiver"))
                .hasFieldOrPropertyWithValue("messageKey", "leaderGroup.error.notAParticipant");
    }

    @Test
    void participant_reads_their_own_leader_group_and_not_others() {
        CohortSummary west = cohortNamed("Pilot i vest");
        long haugesund = municipalityNamed("Haugesund kommune").id();
        long voss = municipalityNamed("Voss herad").id();
        login.as("ola");
        assertThat(leaderGroups.myMemberships()).singleElement()
                .satisfies(m -> assertThat(m.municipalityName()).isEqualTo("Haugesund kommune"));
        assertThat(leaderGroups.leaderGroup(west.id(), haugesund)).extracting(MemberInfo::username)
                .containsExactlyInAnyOrder("ola", "marte", "per");
        assertThatThrownBy(() -> leaderGroups.leaderGroup(west.id(), voss)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void removing_a_municipality_removes_its_leader_group_from_the_cohort() {
        CohortSummary west = cohortNamed("Pilot i vest");
        long klepp = municipalityNamed("Klepp kommune").id();
        cohorts.unenrol(west.id(), klepp);
        assertThat(cohorts.details(west.id()).municipalities()).hasSize(4);
        login.as("tor");
        assertThat(leaderGroups.myMemberships()).isEmpty();
    }

    @Test
    void municipality_names_are_unique() {
        login.as("admin");
        assertThatThrownBy(() -> municipalities.create(new MunicipalityDraft("voss herad", "Vestland",
                WrittenStandard.NYNORSK))).hasFieldOrPropertyWithValue("messageKey", "municipality.error.nameTaken");
    }
}
