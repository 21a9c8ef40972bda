package no.ks.ledergaloppen.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.assignment.AnswerService;
import no.ks.ledergaloppen.assignment.AttachmentInfo;
import no.ks.ledergaloppen.assignment.AttachmentService;
import no.ks.ledergaloppen.assignment.JudgingService;
import no.ks.ledergaloppen.base.AuditKind;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.cohort.LeaderGroupService;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import no.ks.ledergaloppen.security.Language;
import no.ks.ledergaloppen.security.UserDraft;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** What the cohort and assignment features record, on a cohort built for the test. */
@ServiceTest
class AuditedChangesTest {

    @Autowired AuditService audit;
    @Autowired TestLogin login;
    @Autowired TestClock clock;
    @Autowired CohortFixture fixture;
    @Autowired CohortService cohorts;
    @Autowired LeaderGroupService leaderGroups;
    @Autowired AnswerService answers;
    @Autowired JudgingService judging;
    @Autowired AttachmentService attachments;

    private List<AuditEntry> about(String subject) {
        return login.asAdminMeanwhile(() -> audit.page(AuditFilter.ANY, PageRequest.of(0, 200)).getContent())
                .stream().filter(e -> subject.equals(e.subject())).toList().reversed();
    }

    @Test
    void enrolments_facilitators_and_leader_groups_are_recorded() {
        clock.stopAt(LocalDate.of(2031, 6, 2), LocalTime.of(9, 0));
        var b = fixture.cohort("aud2", 1, List.of());
        long m = b.municipalityIds().getFirst();
        login.as("admin");
        leaderGroups.createParticipant(b.cohortId(), m, new UserDraft("ny-aud2", "Ny Deltaker", "ny-aud2@test.no",
                null, Language.NB), "Kommunalsjef");
        long member = cohorts.details(b.cohortId()).municipalities().getFirst().leaderGroup().getFirst().memberId();
        leaderGroups.removeMember(member);
        long facilitator = cohorts.details(b.cohortId()).facilitators().getFirst().id();
        cohorts.removeFacilitator(b.cohortId(), facilitator);
        cohorts.unenrol(b.cohortId(), m);

        assertThat(about("cohort:" + b.cohortId())).extracting(AuditEntry::kind).containsExactly(
                AuditKind.FACILITATOR_ADDED, AuditKind.MUNICIPALITY_ENROLLED, AuditKind.MEMBER_ADDED,
                AuditKind.MEMBER_ADDED, AuditKind.MEMBER_REMOVED, AuditKind.FACILITATOR_REMOVED,
                AuditKind.MUNICIPALITY_UNENROLLED);
        assertThat(about("cohort:" + b.cohortId()).get(1).detail()).isEqualTo("municipality:" + m);
        assertThat(about("cohort:" + b.cohortId()).get(5).detail()).isEqualTo("user:" + facilitator);
    }

    @Test
    void handing_in_verdicts_released_feedback_and_attachments_are_recorded_without_the_answers_text() {
        clock.stopAt(LocalDate.of(2031, 6, 2), LocalTime.of(9, 0));
        var b = fixture.cohort("aud3", 1, List.of(LocalDate.of(2031, 6, 3)));
        long assignment = fixture.assignment(b, "Gevinstkart", LocalDate.of(2031, 6, 20));
        login.as(b.participants().getFirst());
        var draft = answers.saveDraft(assignment, null, "Vårt hemmelige svar");
        AttachmentInfo first = attachments.attach(assignment, "kart.pdf", pdf());
        attachments.remove(first.id());
        attachments.attach(assignment, "kart2.pdf", pdf());
        answers.submit(assignment, draft.version(), "Vårt hemmelige svar");
        login.as(b.facilitator());
        long answerId = draft.id();
        judging.returnForRevision(answerId, judging.answer(answerId).version(), "Skriv mer om gevinstene", true);
        login.as(b.participants().getFirst());
        var again = answers.saveDraft(assignment, answers.myAnswer(assignment).version(), "Vårt hemmelige svar, utvidet");
        answers.submit(assignment, again.version(), "Vårt hemmelige svar, utvidet");
        login.as(b.facilitator());
        judging.approve(answerId, judging.answer(answerId).version(), "Godt", false);
        judging.releaseFeedback(answerId);

        List<AuditEntry> trail = about("answer:" + answerId);
        assertThat(trail).extracting(AuditEntry::kind).containsExactly(AuditKind.ATTACHMENT_ADDED,
                AuditKind.ATTACHMENT_REMOVED, AuditKind.ATTACHMENT_ADDED, AuditKind.ANSWER_SUBMITTED,
                AuditKind.ANSWER_RETURNED, AuditKind.ANSWER_SUBMITTED, AuditKind.ANSWER_APPROVED,
                AuditKind.FEEDBACK_RELEASED);
        assertThat(trail.get(1).detail()).isEqualTo("attachment:" + first.id());
        assertThat(trail).allSatisfy(e -> assertThat(e.toString()).doesNotContain("hemmelige", "Skriv mer", "Godt"));
    }

    private static ByteArrayInputStream pdf() {
        byte[] data = new byte[64];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, data, 0, 9);
        return new ByteArrayInputStream(data);
    }
}
