package no.ks.ledergaloppen.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.gathering.GatheringInfo;
import no.ks.ledergaloppen.gathering.GatheringService;
import no.ks.ledergaloppen.notification.domain.NotificationRepository;
import no.ks.ledergaloppen.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class AssignmentServiceTest {

    @Autowired
    AssignmentService assignments;
    @Autowired
    GatheringService gatherings;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    UserService users;
    @Autowired
    TestLogin login;

    private GatheringInfo westGathering(int number) {
        return login.asAdminMeanwhile(() -> gatherings.mine().stream()
                .filter(g -> g.cohortName().equals("Pilot i vest") && g.number() == number).findFirst().orElseThrow());
    }

    private long give(AnswerMode mode, LocalDate due) {
        login.as("kari");
        return assignments.create(new AssignmentDraft(westGathering(2).id(), "Test på egen sak",
                "Beskriv testen.\n\n- Hva testet dere?\n- Hva lærte dere?", due, null, mode)).id();
    }

    private long idOf(String username) {
        return login.asAdminMeanwhile(() -> users.findByUsername(username).orElseThrow().id());
    }

    @Test
    void the_due_date_defaults_to_the_day_before_the_next_gathering_and_may_not_lie_in_the_past() {
        login.as("kari");
        GatheringInfo second = westGathering(2);
        AssignmentInfo a = assignments.create(new AssignmentDraft(second.id(), "Tjenestereise", "Tegn reisen.", null,
                null, null));
        assertThat(a.dueDate()).isEqualTo(westGathering(3).date().minusDays(1));
        assertThat(a.mode()).isEqualTo(AnswerMode.GROUP);
        int before = assignments.given().size();
        assertThatThrownBy(() -> assignments.create(new AssignmentDraft(second.id(), "For sent", "Tekst",
                LocalDate.now().minusDays(1), null, null)))
                .hasFieldOrPropertyWithValue("field", "dueDate")
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.dueInPast");
        GatheringInfo last = westGathering(4);
        assertThatThrownBy(() -> assignments.create(new AssignmentDraft(last.id(), "Etter siste", "Tekst", null, null,
                null))).hasFieldOrPropertyWithValue("messageKey", "assignment.error.noDefaultDue");
        assertThatThrownBy(() -> assignments.create(new AssignmentDraft(second.id(), " ", "Tekst", null, null, null)))
                .hasFieldOrPropertyWithValue("field", "title");
        assertThat(assignments.given()).hasSize(before);
    }

    @Test
    void participants_and_other_cohorts_facilitators_cannot_give_assignments() {
        GatheringInfo second = westGathering(2);
        login.as("ola");
        assertThatThrownBy(() -> assignments.create(new AssignmentDraft(second.id(), "Egen", "Tekst", null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        login.as("jon");
        assertThatThrownBy(() -> assignments.create(new AssignmentDraft(second.id(), "Egen", "Tekst", null, null, null)))
                .hasFieldOrPropertyWithValue("messageKey", "gathering.error.notFound");
    }

    @Test
    void a_group_answer_is_shared_by_the_leader_group_and_a_stale_save_never_overwrites() {
        long id = give(AnswerMode.GROUP, null);
        login.as("ola");
        AnswerView first = assignments.saveDraft(id, null, "Ola skriver først");
        login.as("marte");
        AnswerView seen = assignments.myAnswer(id);
        assertThat(seen.body()).isEqualTo("Ola skriver først");
        assignments.saveDraft(id, seen.version(), "Marte bygger videre");
        login.as("ola");
        assertThatThrownBy(() -> assignments.saveDraft(id, first.version(), "Ola sin gamle versjon"))
                .isInstanceOf(AnswerChangedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.changedMeanwhile")
                .satisfies(e -> {
                    assertThat(((AnswerChangedException) e).args()).contains("Marte Solheim");
                    assertThat(((AnswerChangedException) e).yourText()).isEqualTo("Ola sin gamle versjon");
                });
        assertThat(assignments.myAnswer(id).body()).isEqualTo("Marte bygger videre");
        login.as("lars");
        assertThat(assignments.myAnswer(id).status()).isEqualTo(AnswerStatus.NOT_STARTED);
        assertThat(assignments.myAnswer(id).body()).isEmpty();
    }

    @Test
    void an_individual_assignment_gives_each_participant_their_own_answer() {
        long id = give(AnswerMode.INDIVIDUAL, null);
        login.as("ola");
        assignments.saveDraft(id, null, "Olas eget svar");
        login.as("marte");
        assertThat(assignments.myAnswer(id).status()).isEqualTo(AnswerStatus.NOT_STARTED);
        assignments.saveDraft(id, null, "Martes eget svar");
        login.as("kari");
        assertThat(assignments.overview(id)).filteredOn(r -> r.municipality().equals("Haugesund kommune"))
                .extracting(StatusRow::status).containsOnly(AnswerStatus.DRAFT, AnswerStatus.NOT_STARTED)
                .contains(AnswerStatus.DRAFT);
    }

    @Test
    void the_status_machine_refuses_approving_an_unsubmitted_answer_and_editing_a_submitted_one() {
        long id = give(AnswerMode.GROUP, null);
        login.as("ola");
        AnswerView draft = assignments.saveDraft(id, null, "Utkast");
        login.as("kari");
        assertThatThrownBy(() -> assignments.approve(draft.id(), draft.version(), null, true))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.notSubmitted");
        login.as("ola");
        assertThatThrownBy(() -> assignments.submit(id, draft.version(), "  "))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.emptyAnswer");
        AnswerView submitted = assignments.submit(id, draft.version(), "Ferdig svar");
        assertThat(submitted.status()).isEqualTo(AnswerStatus.SUBMITTED);
        assertThatThrownBy(() -> assignments.saveDraft(id, submitted.version(), "Endring etterpå"))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.locked");
        assertThat(assignments.myAnswer(id).body()).isEqualTo("Ferdig svar");
        login.as("kari");
        assertThatThrownBy(() -> assignments.returnForRevision(submitted.id(), submitted.version(), " ", true))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.feedbackRequired");
        AnswerView returned = assignments.returnForRevision(submitted.id(), submitted.version(), "Skriv mer om behovet",
                true);
        assertThat(returned.status()).isEqualTo(AnswerStatus.RETURNED);
        login.as("marte");
        AnswerView again = assignments.saveDraft(id, returned.version(), "Ferdig svar, nå med behovet");
        AnswerView resubmitted = assignments.submit(id, again.version(), again.body());
        login.as("kari");
        assertThat(assignments.approve(resubmitted.id(), resubmitted.version(), "Bra!", true).status())
                .isEqualTo(AnswerStatus.APPROVED);
    }

    @Test
    void feedback_reaches_the_municipality_only_when_released() {
        long id = give(AnswerMode.GROUP, null);
        login.as("ola");
        AnswerView submitted = assignments.submit(id, null, "Svar");
        login.as("kari");
        AnswerView returned = assignments.returnForRevision(submitted.id(), submitted.version(), "Mer om testen", false);
        login.as("marte");
        assertThat(assignments.myAnswer(id).status()).isEqualTo(AnswerStatus.RETURNED);
        assertThat(assignments.myAnswer(id).feedback()).isNull();
        long marte = idOf("marte");
        long before = notifications.countByUserIdAndReadAtIsNull(marte);
        login.as("kari");
        assignments.releaseFeedback(returned.id());
        login.as("marte");
        assertThat(assignments.myAnswer(id).feedback()).isEqualTo("Mer om testen");
        assertThat(notifications.countByUserIdAndReadAtIsNull(marte)).isEqualTo(before + 1);
        login.as("lars");
        assertThatThrownBy(() -> assignments.answer(returned.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.overview(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reminders_go_only_to_those_who_have_not_submitted_and_only_once() {
        long id = give(AnswerMode.GROUP, LocalDate.now().plusDays(2));
        login.as("ola");
        assignments.submit(id, null, "Levert i tide");
        login.as("kari");
        assertThat(assignments.notDelivered(id)).contains("Sigrid Tveit").doesNotContain("Ola Haugland", "Marte Solheim");
        int sent = assignments.remindDueSoon();
        assertThat(sent).isPositive();
        String key = "due:" + id;
        assertThat(notifications.existsByUserIdAndDedupeKey(idOf("ola"), key)).isFalse();
        assertThat(notifications.existsByUserIdAndDedupeKey(idOf("marte"), key)).isFalse();
        assertThat(notifications.existsByUserIdAndDedupeKey(idOf("sigrid"), key)).isTrue();
        assertThat(notifications.existsByUserIdAndDedupeKey(idOf("lars"), key)).isTrue();
        assertThat(notifications.findByDedupeKey(key)).hasSize(sent);
        assertThat(assignments.remindDueSoon()).isZero();
    }

    @Test
    void participants_see_their_assignments_with_status() {
        long id = give(AnswerMode.GROUP, null);
        login.as("ola");
        assignments.saveDraft(id, null, "Utkast");
        assertThat(assignments.mine()).filteredOn(m -> m.assignment().id() == id).singleElement()
                .satisfies(m -> {
                    assertThat(m.status()).isEqualTo(AnswerStatus.DRAFT);
                    assertThat(m.overdue()).isFalse();
                });
        login.as("lars");
        assertThat(assignments.mine()).filteredOn(m -> m.assignment().id() == id)
                .extracting(MyAssignment::status).containsExactly(AnswerStatus.NOT_STARTED);
    }
}
