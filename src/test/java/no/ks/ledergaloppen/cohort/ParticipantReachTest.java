package no.ks.ledergaloppen.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import no.ks.ledergaloppen.security.Language;
import no.ks.ledergaloppen.security.Role;
import no.ks.ledergaloppen.security.UserAccount;
import no.ks.ledergaloppen.security.UserDraft;
import no.ks.ledergaloppen.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A facilitator reaches the participants of the cohorts they run, and no one else's: they may take in
 * someone with no leader group yet, but not someone who sits in a cohort they do not run.
 */
@ServiceTest
class ParticipantReachTest {

    @Autowired
    CohortFixture fixture;
    @Autowired
    LeaderGroupService leaderGroups;
    @Autowired
    UserService users;
    @Autowired
    TestLogin login;

    private CohortFixture.Built east;
    private CohortFixture.Built north;

    @BeforeEach
    void twoCohortsWithAFacilitatorEach() {
        east = fixture.cohort("ost", 1, List.of());
        north = fixture.cohort("nord", 1, List.of());
    }

    private long id(String username) {
        return login.asAdminMeanwhile(() -> users.findByUsername(username).orElseThrow().id());
    }

    private long participantWithoutGroup(String username) {
        login.as("admin");
        long id = users.createWithPassword(new UserDraft(username, "Uten Gruppe", username + "@test.no",
                Role.PARTICIPANT, Language.NB), "fixture-passord-123").id();
        login.logout();
        return id;
    }

    private List<String> groupOf(CohortFixture.Built b) {
        return login.asAdminMeanwhile(() -> leaderGroups.leaderGroup(b.cohortId(), b.municipalityIds().getFirst())
                .stream().map(MemberInfo::username).toList());
    }

    @Test
    void facilitator_is_offered_only_people_without_a_group_or_from_their_own_cohorts() {
        participantWithoutGroup("fri");
        login.as(north.facilitator());
        assertThat(users.participants()).extracting(UserAccount::username)
                .contains("del-nord-1", "fri").doesNotContain("del-ost-1", "ola");
    }

    @Test
    void facilitator_cannot_place_someone_from_another_cohort_in_their_own_and_nothing_changes() {
        long stranger = id("del-ost-1");
        login.as(north.facilitator());
        assertThatThrownBy(() -> leaderGroups.addMember(north.cohortId(), north.municipalityIds().getFirst(),
                stranger, "Rådgiver"))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("field", "user")
                .hasFieldOrPropertyWithValue("messageKey", "leaderGroup.error.inOtherCohort");
        assertThatThrownBy(() -> users.resetPassword(stranger)).isInstanceOf(AccessDeniedException.class);
        assertThat(groupOf(north)).containsExactly("del-nord-1");
    }

    @Test
    void someone_in_two_facilitators_cohorts_is_managed_by_an_administrator_only() {
        long shared = id("del-ost-1");
        login.as("admin");
        leaderGroups.addMember(north.cohortId(), north.municipalityIds().getFirst(), shared, "Rådgiver");
        UserDraft edit = new UserDraft("del-ost-1", "Nytt Navn", "del-ost-1@test.no", Role.PARTICIPANT, Language.NB);
        for (String facilitator : List.of(east.facilitator(), north.facilitator())) {
            login.as(facilitator);
            assertThatThrownBy(() -> users.resetPassword(shared)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.setEnabled(shared, false)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.update(shared, edit)).isInstanceOf(AccessDeniedException.class);
            assertThat(users.participants()).extracting(UserAccount::username).doesNotContain("del-ost-1");
        }
        login.as("admin");
        assertThat(users.setEnabled(shared, false).enabled()).isFalse();
    }

    @Test
    void facilitator_takes_in_someone_without_a_group_and_then_looks_after_them() {
        long free = participantWithoutGroup("fri");
        login.as(north.facilitator());
        assertThatThrownBy(() -> users.resetPassword(free)).isInstanceOf(AccessDeniedException.class);
        leaderGroups.addMember(north.cohortId(), north.municipalityIds().getFirst(), free, "Rådgiver");
        assertThat(users.resetPassword(free)).isNotBlank();
        login.as(east.facilitator());
        assertThatThrownBy(() -> users.resetPassword(free)).isInstanceOf(AccessDeniedException.class);
    }
}
