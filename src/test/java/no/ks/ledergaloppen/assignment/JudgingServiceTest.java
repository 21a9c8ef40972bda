package no.ks.ledergaloppen.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.gathering.GatheringService;
import no.ks.ledergaloppen.notification.NotificationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class JudgingServiceTest {

    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    JudgingService judging;
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

    /** Ola hands in Haugesund's answer; returns it as Kari sees it. */
    private AnswerView handedIn(long assignmentId, String text) {
        login.as("ola");
        AnswerView submitted = answers.submit(assignmentId, null, text);
        login.as("kari");
        return judging.answer(submitted.id());
    }

    @Test
    void only_a_handed_in_answer_is_judged_and_a_return_needs_feedback() {
        long id = fixture.give(AnswerMode.GROUP, null);
        login.as("ola");
        AnswerView draft = answers.saveDraft(id, null, "Utkast");
        login.as("kari");
        assertThatThrownBy(() -> judging.approve(draft.id(), draft.version(), null, true))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.notSubmitted");
        login.as("ola");
        AnswerView submitted = answers.submit(id, draft.version(), "Ferdig svar");
        login.as("kari");
        assertThatThrownBy(() -> judging.returnForRevision(submitted.id(), submitted.version(), " ", true))
                .hasFieldOrPropertyWithValue("field", "feedback")
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.feedbackRequired");
        assertThatThrownBy(() -> judging.returnForRevision(submitted.id(), submitted.version(), "x".repeat(4001), true))
                .hasFieldOrPropertyWithValue("field", "feedback")
                .hasFieldOrPropertyWithValue("messageKey", "validation.tooLong");
        AnswerView unchanged = judging.answer(submitted.id());
        assertThat(unchanged.status()).isEqualTo(AnswerStatus.SUBMITTED);
        assertThat(unchanged.feedback()).isEmpty();
    }

    @Test
    void a_resubmitted_answer_waits_for_a_new_verdict_and_approving_it_without_text_does_not_repeat_the_old_feedback() {
        long id = fixture.give(AnswerMode.GROUP, null);
        AnswerView first = handedIn(id, "Første svar");
        AnswerView returned = judging.returnForRevision(first.id(), first.version(), "Skriv mer om behovet", true);
        clock.advance(Duration.ofDays(1));
        login.as("marte");
        AnswerView resubmitted = answers.submit(id, returned.version(), "Andre svar, med behovet");
        login.as("kari");
        AnswerView waiting = judging.answer(resubmitted.id());
        assertThat(waiting.status()).isEqualTo(AnswerStatus.SUBMITTED);
        assertThat(waiting.currentFeedback()).isEmpty();

        clock.advance(Duration.ofDays(1));
        AnswerView approved = judging.approve(waiting.id(), waiting.version(), "", true);
        assertThat(approved.status()).isEqualTo(AnswerStatus.APPROVED);
        assertThat(approved.currentFeedback()).hasValueSatisfying(f -> {
            assertThat(f.verdict()).isEqualTo(AnswerStatus.APPROVED);
            assertThat(f.text()).isNull();
        });
        assertThat(approved.feedback()).extracting(FeedbackRound::verdict, FeedbackRound::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AnswerStatus.APPROVED, null),
                        org.assertj.core.groups.Tuple.tuple(AnswerStatus.RETURNED, "Skriv mer om behovet"));

        login.as("marte");
        AnswerView seen = answers.myAnswer(id);
        assertThat(seen.status()).isEqualTo(AnswerStatus.APPROVED);
        assertThat(seen.feedback()).extracting(FeedbackRound::text).containsExactly("Skriv mer om behovet");
        assertThat(seen.currentFeedback()).isEmpty();
    }

    @Test
    void feedback_reaches_the_municipality_only_when_released_and_the_facilitator_sees_every_round() {
        long id = fixture.give(AnswerMode.GROUP, null);
        AnswerView submitted = handedIn(id, "Svar");
        AnswerView returned = judging.returnForRevision(submitted.id(), submitted.version(), "Mer om testen", false);
        assertThat(judging.overview(id)).filteredOn(r -> r.municipality().equals("Haugesund kommune")).singleElement()
                .satisfies(r -> {
                    assertThat(r.hasFeedback()).isTrue();
                    assertThat(r.feedbackReleased()).isFalse();
                });
        login.as("marte");
        assertThat(answers.myAnswer(id).status()).isEqualTo(AnswerStatus.RETURNED);
        assertThat(answers.myAnswer(id).feedback()).isEmpty();
        long unread = notifications.unreadCount();

        login.as("kari");
        judging.releaseFeedback(returned.id());
        assertThatThrownBy(() -> judging.releaseFeedback(returned.id()))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.noFeedback");
        login.as("marte");
        assertThat(answers.myAnswer(id).currentFeedback()).hasValueSatisfying(f -> {
            assertThat(f.text()).isEqualTo("Mer om testen");
            assertThat(f.givenBy()).isEqualTo("Kari Nordmann");
        });
        assertThat(notifications.unreadCount()).isEqualTo(unread + 1);

        AnswerView again = answers.submit(id, answers.myAnswer(id).version(), "Svar med test");
        login.as("kari");
        judging.approve(again.id(), again.version(), "Nå er det tydelig, men dette holder vi for oss selv", false);
        assertThat(judging.answer(again.id()).feedback()).extracting(FeedbackRound::released).containsExactly(false, true);
        login.as("marte");
        assertThat(answers.myAnswer(id).feedback()).extracting(FeedbackRound::text).containsExactly("Mer om testen");
    }

    @Test
    void other_municipalities_and_other_cohorts_facilitators_never_see_an_answer() {
        long id = fixture.give(AnswerMode.GROUP, null);
        AnswerView submitted = handedIn(id, "Svar");
        login.as("lars");
        assertThatThrownBy(() -> judging.answer(submitted.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> judging.overview(id)).isInstanceOf(AccessDeniedException.class);
        login.as("jon");
        assertThatThrownBy(() -> judging.answer(submitted.id()))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.notFound");
    }

    @Test
    void not_handed_in_names_the_municipalities_of_a_group_assignment_and_the_people_of_an_individual_one() {
        long group = fixture.give(AnswerMode.GROUP, null);
        handedIn(group, "Haugesund leverer");
        assertThat(judging.notDelivered(group)).containsExactly("Klepp kommune", "Kvam herad", "Tysvær kommune",
                "Voss herad");

        long individual = fixture.give("Hver for seg", AnswerMode.INDIVIDUAL, null);
        login.as("ola");
        answers.submit(individual, null, "Olas svar");
        login.as("kari");
        assertThat(judging.notDelivered(individual)).contains("Marte Solheim", "Sigrid Tveit")
                .doesNotContain("Ola Haugland", "Haugesund kommune");
    }

    @Test
    void a_withdrawn_assignments_answers_are_no_longer_judged() {
        long id = fixture.give(AnswerMode.GROUP, null);
        AnswerView submitted = handedIn(id, "Svar");
        assignments.withdraw(id, assignments.get(id).version(), "Oppgaven var uklar");
        assertThatThrownBy(() -> judging.approve(submitted.id(), submitted.version(), "Bra", true))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.withdrawn");
        AnswerView kept = judging.answer(submitted.id());
        assertThat(kept.status()).isEqualTo(AnswerStatus.SUBMITTED);
        assertThat(kept.body()).isEqualTo("Svar");
    }
}
