package no.ks.ledergaloppen.assignment;

import no.ks.ledergaloppen.base.ChangedMeanwhileException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.gathering.GatheringService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class AnswerServiceTest {

    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    JudgingService judging;
    @Autowired
    GatheringService gatherings;
    @Autowired
    TestLogin login;
    @Autowired
    TestClock clock;
    AssignmentFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new AssignmentFixture(assignments, gatherings, login, clock);
    }

    @Test
    void a_group_answer_is_shared_by_the_leader_group_and_a_stale_save_never_overwrites() {
        long id = fixture.give(AnswerMode.GROUP, null);
        login.as("ola");
        AnswerView first = answers.saveDraft(id, null, "Ola skriver først");
        login.as("marte");
        AnswerView seen = answers.myAnswer(id);
        assertThat(seen.body()).isEqualTo("Ola skriver først");
        answers.saveDraft(id, seen.version(), "Marte bygger videre");
        login.as("ola");
        assertThatThrownBy(() -> answers.saveDraft(id, first.version(), "Ola sin gamle versjon"))
                .isInstanceOf(ChangedMeanwhileException.class)
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.changedMeanwhile")
                .satisfies(e -> {
                    assertThat(((ChangedMeanwhileException) e).args()).containsExactly("Marte Solheim", "09:00");
                    assertThat(((ChangedMeanwhileException) e).yours(String.class)).isEqualTo("Ola sin gamle versjon");
                });
        assertThat(answers.myAnswer(id).body()).isEqualTo("Marte bygger videre");
        login.as("lars");
        assertThat(answers.myAnswer(id).status()).isEqualTo(AnswerStatus.NOT_STARTED);
        assertThat(answers.myAnswer(id).body()).isEmpty();
    }

    @Test
    void an_individual_assignment_gives_each_participant_their_own_answer() {
        long id = fixture.give(AnswerMode.INDIVIDUAL, null);
        login.as("ola");
        answers.saveDraft(id, null, "Olas eget svar");
        login.as("marte");
        assertThat(answers.myAnswer(id).status()).isEqualTo(AnswerStatus.NOT_STARTED);
        answers.saveDraft(id, null, "Martes eget svar");
        assertThat(answers.myAnswer(id).body()).isEqualTo("Martes eget svar");
        login.as("kari");
        assertThat(judging.overview(id)).filteredOn(r -> r.municipality().equals("Haugesund kommune"))
                .extracting(StatusRow::status).containsOnly(AnswerStatus.DRAFT, AnswerStatus.NOT_STARTED)
                .contains(AnswerStatus.DRAFT);
    }

    @Test
    void an_empty_answer_cannot_be_handed_in_and_a_handed_in_answer_cannot_be_changed() {
        long id = fixture.give(AnswerMode.GROUP, null);
        login.as("ola");
        AnswerView draft = answers.saveDraft(id, null, "Utkast");
        assertThatThrownBy(() -> answers.submit(id, draft.version(), "  "))
                .hasFieldOrPropertyWithValue("field", "body")
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.emptyAnswer");
        assertThat(answers.myAnswer(id).status()).isEqualTo(AnswerStatus.DRAFT);
        AnswerView submitted = answers.submit(id, draft.version(), "Ferdig svar");
        assertThat(submitted.status()).isEqualTo(AnswerStatus.SUBMITTED);
        assertThatThrownBy(() -> answers.saveDraft(id, submitted.version(), "Endring etterpå"))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.locked");
        assertThat(answers.myAnswer(id).body()).isEqualTo("Ferdig svar");
    }

    @Test
    void facilitators_answer_nothing_and_see_a_draft_only_as_its_status() {
        long id = fixture.give(AnswerMode.GROUP, null);
        login.as("kari");
        assertThatThrownBy(() -> answers.saveDraft(id, null, "Fasilitatoren skriver"))
                .isInstanceOf(AccessDeniedException.class);
        login.as("ola");
        AnswerView draft = answers.saveDraft(id, null, "Vårt halvferdige utkast");
        login.as("kari");
        StatusRow haugesund = judging.overview(id).stream().filter(r -> r.municipality().equals("Haugesund kommune"))
                .findFirst().orElseThrow();
        assertThat(haugesund.status()).isEqualTo(AnswerStatus.DRAFT);
        AnswerView seenByKari = judging.answer(draft.id());
        assertThat(seenByKari.status()).isEqualTo(AnswerStatus.DRAFT);
        assertThat(seenByKari.body()).isNull();

        login.as("ola");
        AnswerView submitted = answers.submit(id, draft.version(), "Vårt ferdige svar");
        login.as("kari");
        assertThat(judging.answer(submitted.id()).body()).isEqualTo("Vårt ferdige svar");
        AnswerView returned = judging.returnForRevision(submitted.id(), submitted.version(), "Mer om behovet", true);
        login.as("marte");
        answers.saveDraft(id, returned.version(), "Vårt ferdige svar, og en halv tanke om behovet");
        login.as("kari");
        assertThat(judging.answer(submitted.id()).body()).isNull();
    }
}
