package no.ks.ledergaloppen.assignment;

import static no.ks.ledergaloppen.assignment.AssignmentFixture.NEXT_GATHERING;
import static no.ks.ledergaloppen.assignment.AssignmentFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.gathering.GatheringDraft;
import no.ks.ledergaloppen.gathering.GatheringInfo;
import no.ks.ledergaloppen.gathering.GatheringService;
import no.ks.ledergaloppen.notification.NotificationInfo;
import no.ks.ledergaloppen.notification.NotificationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class AssignmentServiceTest {

    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    GatheringService gatherings;
    @Autowired
    NotificationService notifications;
    @Autowired
    TestLogin login;
    @Autowired
    TestClock clock;
    AssignmentFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new AssignmentFixture(assignments, gatherings, login, clock);
    }

    private List<NotificationInfo> notificationsOf(String username) {
        login.as(username);
        return notifications.recent(50);
    }

    @Test
    void the_due_date_defaults_to_the_day_before_the_next_gathering_and_may_not_lie_in_the_past() {
        login.as("kari");
        AssignmentInfo a = assignments.create(new AssignmentDraft(fixture.first.id(), "Tjenestereise", "Tegn reisen.",
                null, null, null));
        assertThat(a.dueDate()).isEqualTo(NEXT_GATHERING.minusDays(1));
        assertThat(a.mode()).isEqualTo(AnswerMode.GROUP);
        int before = assignments.given().size();
        assertThatThrownBy(() -> assignments.create(new AssignmentDraft(fixture.first.id(), "For sent", "Tekst",
                TODAY.minusDays(1), null, null)))
                .hasFieldOrPropertyWithValue("field", "dueDate")
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.dueInPast");
        assertThatThrownBy(() -> assignments.create(new AssignmentDraft(fixture.next.id(), "Etter siste", "Tekst", null,
                null, null))).hasFieldOrPropertyWithValue("messageKey", "assignment.error.noDefaultDue");
        assertThatThrownBy(() -> assignments.create(new AssignmentDraft(fixture.first.id(), " ", "Tekst", null, null,
                null))).hasFieldOrPropertyWithValue("field", "title");
        assertThat(assignments.given()).hasSize(before);
    }

    @Test
    void participants_and_other_cohorts_facilitators_cannot_give_assignments() {
        login.as("ola");
        assertThatThrownBy(() -> assignments.create(new AssignmentDraft(fixture.first.id(), "Egen", "Tekst", null, null,
                null))).isInstanceOf(AccessDeniedException.class);
        login.as("jon");
        assertThatThrownBy(() -> assignments.create(new AssignmentDraft(fixture.first.id(), "Egen", "Tekst", null, null,
                null))).hasFieldOrPropertyWithValue("messageKey", "gathering.error.notFound");
    }

    @Test
    void a_new_assignment_is_offered_only_the_coming_gatherings_of_the_facilitators_own_cohorts() {
        login.as("kari");
        GatheringInfo yesterday = gatherings.create(fixture.westCohortId(), new GatheringDraft(13, TODAY.minusDays(1),
                null, null, "Voss", "I går", List.of()));
        List<GatheringInfo> offered = assignments.gatheringsToGive();
        assertThat(offered).extracting(GatheringInfo::id).contains(fixture.first.id(), fixture.next.id())
                .doesNotContain(yesterday.id());
        assertThat(offered).allMatch(g -> !g.date().isBefore(TODAY));
        assertThat(offered).extracting(GatheringInfo::cohortName).doesNotContain("Pre-pilot Østfold/Akershus");
        login.as("jon");
        assertThat(assignments.gatheringsToGive()).extracting(GatheringInfo::id).doesNotContain(fixture.first.id());
    }

    @Test
    void a_facilitator_changes_a_given_assignment_and_those_who_have_not_handed_in_hear_of_the_new_due_date() {
        long id = fixture.give(AnswerMode.GROUP, null);
        login.as("ola");
        answers.submit(id, null, "Levert");
        login.as("kari");
        AssignmentInfo before = assignments.get(id);
        LocalDate later = NEXT_GATHERING.plusDays(3);
        AssignmentInfo after = assignments.update(id, before.version(),
                new AssignmentChanges("Test på egen sak, del 1", "Beskriv én test.", later, null));
        assertThat(after.title()).isEqualTo("Test på egen sak, del 1");
        assertThat(after.instructions()).isEqualTo("Beskriv én test.");
        assertThat(after.dueDate()).isEqualTo(later);
        assertThat(notificationsOf("sigrid")).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.dueChanged");
            assertThat(n.args()).containsExactly("Test på egen sak, del 1", "03.04.2031");
        });
        assertThat(notificationsOf("marte")).noneMatch(n -> n.messageKey().equals("notification.dueChanged"));
        login.as("ola");
        assertThat(assignments.get(id).title()).isEqualTo("Test på egen sak, del 1");
    }

    @Test
    void a_changed_due_date_may_not_lie_in_the_past_and_a_bad_change_saves_nothing() {
        long id = fixture.give(AnswerMode.GROUP, null);
        login.as("kari");
        AssignmentInfo before = assignments.get(id);
        assertThatThrownBy(() -> assignments.update(id, before.version(),
                new AssignmentChanges("Ny tittel", "Ny tekst", TODAY.minusDays(1), null)))
                .hasFieldOrPropertyWithValue("field", "dueDate")
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.dueInPast");
        assertThatThrownBy(() -> assignments.update(id, before.version(),
                new AssignmentChanges(" ", "Ny tekst", null, null)))
                .hasFieldOrPropertyWithValue("field", "title")
                .hasFieldOrPropertyWithValue("messageKey", "validation.required");
        assertThatThrownBy(() -> assignments.update(id, before.version(),
                new AssignmentChanges("Ny tittel", "Ny tekst", null, -1L)))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.unknownStep");
        assertThat(assignments.get(id)).isEqualTo(before);
        assertThat(notificationsOf("sigrid")).noneMatch(n -> n.messageKey().equals("notification.dueChanged"));
    }

    @Test
    void a_due_date_already_passed_may_stay_when_only_the_title_changes() {
        long id = fixture.give(AnswerMode.GROUP, TODAY.plusDays(1));
        clock.advance(Duration.ofDays(5));
        login.as("kari");
        AssignmentInfo before = assignments.get(id);
        AssignmentInfo after = assignments.update(id, before.version(), new AssignmentChanges("Bedre tittel",
                before.instructions(), before.dueDate(), null));
        assertThat(after.title()).isEqualTo("Bedre tittel");
        assertThat(after.dueDate()).isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void a_change_made_from_a_stale_version_is_refused_with_who_changed_it_and_saves_nothing() {
        long id = fixture.give(AnswerMode.GROUP, null);
        login.as("kari");
        AssignmentInfo seen = assignments.get(id);
        assignments.update(id, seen.version(), new AssignmentChanges("Karis tittel", seen.instructions(), null, null));
        clock.stopAt(TODAY, LocalTime.of(14, 32));
        login.as("admin");
        assertThatThrownBy(() -> assignments.update(id, seen.version(),
                new AssignmentChanges("Gammel endring", seen.instructions(), null, null)))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.assignmentChanged")
                .satisfies(e -> assertThat(((no.ks.ledergaloppen.base.DomainException) e).args())
                        .containsExactly("Kari Nordmann", "09:00"));
        assertThatThrownBy(() -> assignments.withdraw(id, seen.version(), "Feil versjon"))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.assignmentChanged");
        AssignmentInfo now = assignments.get(id);
        assertThat(now.title()).isEqualTo("Karis tittel");
        assertThat(now.withdrawn()).isFalse();
    }

    @Test
    void participants_and_other_cohorts_facilitators_cannot_change_or_withdraw_an_assignment() {
        long id = fixture.give(AnswerMode.GROUP, null);
        AssignmentInfo seen = assignments.get(id);
        login.as("ola");
        assertThatThrownBy(() -> assignments.update(id, seen.version(), seen.changes()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.withdraw(id, seen.version(), "Vil ikke"))
                .isInstanceOf(AccessDeniedException.class);
        login.as("jon");
        assertThatThrownBy(() -> assignments.withdraw(id, seen.version(), "Vil ikke"))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.notFound");
        login.as("kari");
        assertThat(assignments.get(id).withdrawn()).isFalse();
    }

    @Test
    void withdrawing_needs_a_reason_and_without_one_nothing_changes() {
        long id = fixture.give(AnswerMode.GROUP, null);
        login.as("kari");
        AssignmentInfo seen = assignments.get(id);
        assertThatThrownBy(() -> assignments.withdraw(id, seen.version(), "  "))
                .hasFieldOrPropertyWithValue("field", "reason")
                .hasFieldOrPropertyWithValue("messageKey", "validation.required");
        assertThatThrownBy(() -> assignments.withdraw(id, seen.version(), "x".repeat(501)))
                .hasFieldOrPropertyWithValue("field", "reason")
                .hasFieldOrPropertyWithValue("messageKey", "validation.tooLong");
        assertThat(assignments.get(id).withdrawn()).isFalse();
        login.as("ola");
        assertThat(assignments.mine()).extracting(m -> m.assignment().id()).contains(id);
    }

    @Test
    void a_withdrawn_assignment_leaves_the_participants_lists_tells_them_why_and_keeps_the_answers_read_only() {
        long id = fixture.give(AnswerMode.GROUP, null);
        login.as("ola");
        AnswerView draft = answers.saveDraft(id, null, "Vårt utkast");
        login.as("kari");
        AssignmentInfo withdrawn = assignments.withdraw(id, assignments.get(id).version(),
                "Vi tar dette temaet på neste samling i stedet.");
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.withdrawnBy()).isEqualTo("Kari Nordmann");
        assertThat(assignments.given()).filteredOn(c -> c.assignment().id() == id).singleElement()
                .satisfies(c -> assertThat(c.assignment().withdrawReason())
                        .isEqualTo("Vi tar dette temaet på neste samling i stedet."));

        assertThat(notificationsOf("sigrid")).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.withdrawn");
            assertThat(n.args()).containsExactly("Test på egen sak", "Vi tar dette temaet på neste samling i stedet.");
        });
        login.as("ola");
        assertThat(assignments.mine()).extracting(m -> m.assignment().id()).doesNotContain(id);
        AssignmentInfo opened = assignments.get(id);
        assertThat(opened.withdrawn()).isTrue();
        assertThat(opened.withdrawReason()).isEqualTo("Vi tar dette temaet på neste samling i stedet.");
        assertThat(answers.myAnswer(id).body()).isEqualTo("Vårt utkast");
        assertThatThrownBy(() -> answers.saveDraft(id, draft.version(), "Mer tekst"))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.withdrawn");
        assertThatThrownBy(() -> answers.submit(id, draft.version(), "Vårt utkast"))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.withdrawn");
        assertThat(answers.myAnswer(id).status()).isEqualTo(AnswerStatus.DRAFT);

        login.as("kari");
        assertThatThrownBy(() -> assignments.update(id, withdrawn.version(), withdrawn.changes()))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.withdrawn");
        assertThatThrownBy(() -> assignments.withdraw(id, withdrawn.version(), "En gang til"))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.withdrawn");
    }

    @Test
    void participants_see_their_assignments_with_status_and_overdue_ones_marked() {
        long id = fixture.give(AnswerMode.GROUP, TODAY.plusDays(1));
        login.as("ola");
        answers.saveDraft(id, null, "Utkast");
        assertThat(assignments.mine()).filteredOn(m -> m.assignment().id() == id).singleElement()
                .satisfies(m -> {
                    assertThat(m.status()).isEqualTo(AnswerStatus.DRAFT);
                    assertThat(m.overdue()).isFalse();
                });
        clock.advance(Duration.ofDays(2));
        assertThat(assignments.mine()).filteredOn(m -> m.assignment().id() == id).singleElement()
                .satisfies(m -> assertThat(m.overdue()).isTrue());
        login.as("lars");
        assertThat(assignments.mine()).filteredOn(m -> m.assignment().id() == id)
                .extracting(MyAssignment::status).containsExactly(AnswerStatus.NOT_STARTED);
    }
}
