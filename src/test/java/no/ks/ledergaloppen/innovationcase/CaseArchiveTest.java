package no.ks.ledergaloppen.innovationcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import no.ks.ledergaloppen.roadmap.Phase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

/** A municipality taken out of a cohort leaves its case archived: read-only, out of the active lists. */
@ServiceTest
class CaseArchiveTest {

    @Autowired TestLogin login;
    @Autowired TestClock clock;
    @Autowired CohortFixture fixture;
    @Autowired CohortService cohorts;
    @Autowired CaseService cases;
    @Autowired CaseProgressService progress;
    @Autowired PhaseService phases;

    CohortFixture.Built b;
    long leaving;
    long staying;

    @BeforeEach
    void twoMunicipalitiesOneLeaves() {
        clock.stopAt(LocalDate.of(2031, 9, 1), LocalTime.of(9, 0));
        b = fixture.cohort("arc", 2, List.of());
        leaving = b.caseIds().get(0);
        staying = b.caseIds().get(1);
        login.as("admin");
        cohorts.unenrol(b.cohortId(), b.municipalityIds().get(0));
    }

    private List<Long> listedIds() {
        return cases.page(Pageable.unpaged()).stream().map(CaseSummary::id).toList();
    }

    @Test
    void the_case_of_a_municipality_taken_out_leaves_the_case_list_and_the_dashboard() {
        assertThat(listedIds()).doesNotContain(leaving).contains(staying);
        login.as(b.facilitator());
        assertThat(listedIds()).doesNotContain(leaving).contains(staying);
        assertThat(progress.cohort(b.cohortId())).extracting(CaseProgress::caseId).containsExactly(staying);
    }

    @Test
    void an_administrator_still_opens_the_archived_case_read_only_and_nobody_can_change_it() {
        CaseDetails details = cases.details(leaving);
        assertThat(details.archived()).isTrue();
        assertThat(details.canEdit()).isFalse();
        assertThatThrownBy(() -> phases.move(leaving, Phase.INSIGHT, "Videre", true))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cases.details(leaving).summary().phase()).isEqualTo(Phase.ANCHORING);
        login.as(b.facilitator());
        assertThatThrownBy(() -> cases.details(leaving)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "case.error.notFound");
    }

    @Test
    void enrolling_the_municipality_again_brings_the_same_case_back() {
        cohorts.enrol(b.cohortId(), b.municipalityIds().get(0));
        login.as(b.facilitator());
        assertThat(progress.cohort(b.cohortId())).extracting(CaseProgress::caseId).containsExactly(leaving, staying);
        CaseDetails details = cases.details(leaving);
        assertThat(details.archived()).isFalse();
        assertThat(details.canEdit()).isTrue();
        phases.move(leaving, Phase.INSIGHT, "Tilbake i kullet", true);
        assertThat(cases.details(leaving).summary().phase()).isEqualTo(Phase.INSIGHT);
    }
}
