package no.ks.ledergaloppen.assignment;

import static no.ks.ledergaloppen.assignment.AssignmentFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.Statements;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.cohort.LeaderGroupService;
import no.ks.ledergaloppen.cohort.MunicipalityDraft;
import no.ks.ledergaloppen.cohort.MunicipalityInfo;
import no.ks.ledergaloppen.cohort.MunicipalityService;
import no.ks.ledergaloppen.cohort.WrittenStandard;
import no.ks.ledergaloppen.gathering.GatheringService;
import no.ks.ledergaloppen.security.Language;
import no.ks.ledergaloppen.security.Role;
import no.ks.ledergaloppen.security.UserDraft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class AssignmentProgressServiceTest {

    @Autowired
    AssignmentProgressService progress;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    JudgingService judging;
    @Autowired
    GatheringService gatherings;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    CohortService cohorts;
    @Autowired
    LeaderGroupService leaderGroups;
    @Autowired
    Statements statements;
    @Autowired
    TestLogin login;
    @Autowired
    TestClock clock;
    AssignmentFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new AssignmentFixture(assignments, gatherings, login, clock);
    }

    private List<AnswerStatusLine> linesOf(long assignmentId) {
        login.as("kari");
        return progress.statusLines(fixture.westCohortId()).stream().filter(l -> l.assignmentId() == assignmentId).toList();
    }

    private long haugesund() {
        return linesOf(fixture.give("Hvem er vi", AnswerMode.GROUP, null)).stream()
                .filter(l -> l.status() == AnswerStatus.NOT_STARTED).findFirst().orElseThrow().municipalityId();
    }

    @Test
    void a_group_assignment_has_one_line_per_municipality_with_status_and_only_released_feedback() {
        long id = fixture.give(AnswerMode.GROUP, TODAY.plusDays(1));
        login.as("ola");
        AnswerView submitted = answers.submit(id, null, "Haugesunds svar");
        login.as("sigrid");
        answers.saveDraft(id, null, "Kvams hemmelige utkast");
        login.as("lars");
        AnswerView tysvaer = answers.submit(id, null, "Tysværs svar");
        login.as("kari");
        judging.returnForRevision(submitted.id(), submitted.version(), "Mer om behovet", true);
        judging.approve(tysvaer.id(), tysvaer.version(), "Bra, men dette er ikke frigitt", false);
        clock.advance(Duration.ofDays(2));

        List<AnswerStatusLine> lines = linesOf(id);
        assertThat(lines).hasSize(5).allSatisfy(l -> {
            assertThat(l.participantName()).isNull();
            assertThat(l.mode()).isEqualTo(AnswerMode.GROUP);
            assertThat(l.assignmentTitle()).isEqualTo("Test på egen sak");
            assertThat(l.gatheringNumber()).isEqualTo(11);
            assertThat(l.dueDate()).isEqualTo(TODAY.plusDays(1));
        });
        assertThat(lines).extracting(AnswerStatusLine::status).containsExactlyInAnyOrder(AnswerStatus.RETURNED,
                AnswerStatus.DRAFT, AnswerStatus.APPROVED, AnswerStatus.NOT_STARTED, AnswerStatus.NOT_STARTED);
        assertThat(lines).filteredOn(l -> l.status() == AnswerStatus.RETURNED).singleElement().satisfies(l -> {
            assertThat(l.releasedFeedback()).isEqualTo("Mer om behovet");
            assertThat(l.overdue()).isTrue();
            assertThat(l.submittedAt()).isNotNull();
        });
        assertThat(lines).filteredOn(l -> l.status() == AnswerStatus.APPROVED).singleElement().satisfies(l -> {
            assertThat(l.releasedFeedback()).isNull();
            assertThat(l.overdue()).isFalse();
        });
        assertThat(lines).filteredOn(l -> l.status() == AnswerStatus.DRAFT).singleElement()
                .satisfies(l -> assertThat(l.toString()).doesNotContain("hemmelige"));
    }

    @Test
    void an_individual_assignment_has_one_line_per_leader_group_member() {
        long id = fixture.give("Hver for seg", AnswerMode.INDIVIDUAL, null);
        login.as("marte");
        answers.submit(id, null, "Martes svar");
        List<AnswerStatusLine> lines = linesOf(id);
        assertThat(lines).extracting(AnswerStatusLine::participantName).contains("Ola Haugland", "Marte Solheim",
                "Sigrid Tveit").doesNotContainNull().doesNotHaveDuplicates();
        assertThat(lines).filteredOn(l -> l.participantName().equals("Marte Solheim")).singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo(AnswerStatus.SUBMITTED));
        assertThat(lines).filteredOn(l -> l.participantName().equals("Ola Haugland")).singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo(AnswerStatus.NOT_STARTED));
    }

    @Test
    void a_withdrawn_assignment_counts_nowhere() {
        long municipality = haugesund();
        login.as("kari");
        Map<Long, MunicipalityAssignments> before = progress.byMunicipality(fixture.westCohortId());
        long withdrawn = fixture.give("Trekkes", AnswerMode.GROUP, TODAY.plusDays(1));
        fixture.give("Står", AnswerMode.GROUP, TODAY.plusDays(1));
        assignments.withdraw(withdrawn, assignments.get(withdrawn).version(), "Feil samling");
        clock.advance(Duration.ofDays(3));
        MunicipalityAssignments after = progress.byMunicipality(fixture.westCohortId()).get(municipality);
        assertThat(after.given()).isEqualTo(before.get(municipality).given() + 1);
        assertThat(linesOf(withdrawn)).isEmpty();
    }

    @Test
    void the_export_reads_a_cohort_in_the_same_number_of_statements_however_large_it_grows() {
        fixture.give(AnswerMode.GROUP, null);
        long individual = fixture.give("Hver for seg", AnswerMode.INDIVIDUAL, null);
        long small = statements(() -> progress.statusLines(fixture.westCohortId()));

        login.as("admin");
        for (String name : List.of("Bømlo kommune", "Stord kommune", "Fitjar kommune")) {
            MunicipalityInfo m = municipalities.create(new MunicipalityDraft(name, "Vestland", WrittenStandard.NYNORSK));
            cohorts.enrol(fixture.westCohortId(), m.id());
            String user = name.substring(0, 4).toLowerCase().replace('ø', 'o');
            leaderGroups.createParticipant(fixture.westCohortId(), m.id(), new UserDraft(user, "Leder i " + name,
                    user + "@example.no", Role.PARTICIPANT, Language.NN), "Kommunedirektør");
        }
        login.as("ola");
        answers.submit(individual, null, "Olas svar");
        fixture.give("Enda en", AnswerMode.GROUP, null);
        long large = statements(() -> progress.statusLines(fixture.westCohortId()));
        assertThat(large).isEqualTo(small);
        assertThat(statements(() -> progress.byMunicipality(fixture.westCohortId()))).isLessThanOrEqualTo(small);
    }

    @Test
    void only_the_cohorts_facilitators_and_administrators_read_its_progress() {
        long west = fixture.westCohortId();
        login.as("ola");
        assertThatThrownBy(() -> progress.statusLines(west)).isInstanceOf(AccessDeniedException.class);
        login.as("jon");
        assertThatThrownBy(() -> progress.statusLines(west)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.byMunicipality(west)).isInstanceOf(AccessDeniedException.class);
        login.as("admin");
        assertThat(progress.statusLines(west)).isNotNull();
    }

    /** Prepared SQL statements while reading as Kari, from an empty persistence context. */
    private long statements(Supplier<?> read) {
        login.as("kari");
        return statements.count(read).statements();
    }
}
