package no.ks.ledergaloppen.assignment;

import java.time.Clock;
import java.util.Optional;
import no.ks.ledergaloppen.assignment.domain.Answer;
import no.ks.ledergaloppen.assignment.domain.AnswerRepository;
import no.ks.ledergaloppen.assignment.domain.Assignment;
import no.ks.ledergaloppen.assignment.domain.AssignmentRepository;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.cohort.CohortAccess;
import no.ks.ledergaloppen.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The row rules of assignments and answers, in one place. An assignment exists for its cohort's members,
 * facilitators and administrators. A participant writes their own answer (their municipality's, or their
 * own for an individual assignment) while it is open and the assignment is not withdrawn. An answer is
 * read by its writers and the cohort's facilitators, never by other municipalities; facilitators see its
 * content (text and files) only once it is handed in, because a draft is the leader group's own.
 */
@Component
class AnswerAccess {

    private final AssignmentRepository assignments;
    private final AnswerRepository answers;
    private final CohortAccess cohorts;
    private final CurrentUser currentUser;
    private final Clock clock;

    AnswerAccess(AssignmentRepository assignments, AnswerRepository answers, CohortAccess cohorts,
                 CurrentUser currentUser, Clock clock) {
        this.assignments = assignments;
        this.answers = answers;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** An assignment the caller may read; for anyone else it does not exist. */
    Assignment readable(long assignmentId) {
        return assignments.findById(assignmentId).filter(a -> cohorts.canFollow(a.getCohortId()))
                .orElseThrow(() -> DomainException.of("assignment.error.notFound"));
    }

    /** An assignment of a cohort the caller runs. */
    Assignment judgeable(long assignmentId) {
        Assignment a = readable(assignmentId);
        cohorts.checkCanManage(a.getCohortId());
        return a;
    }

    /** Refuses any change to a withdrawn assignment or its answers: it stays as it was. */
    static Assignment open(Assignment a) {
        if (a.isWithdrawn()) {
            throw DomainException.of("assignment.error.withdrawn");
        }
        return a;
    }

    Optional<Answer> own(Assignment a) {
        return answers.findByAssignmentIdAndOwnerKey(a.getId(), ownerKey(a));
    }

    /** The caller's own answer, created empty when there is none yet; refused once it is handed in. */
    Answer ownEditable(long assignmentId) {
        Assignment a = open(readable(assignmentId));
        checkAnswers(a);
        Answer answer = own(a).orElseGet(() -> newAnswer(a));
        if (!answer.getStatus().editable()) {
            throw DomainException.of("assignment.error.locked");
        }
        return answer;
    }

    /** Only the cohort's participants answer; facilitators judge. */
    void checkAnswers(Assignment a) {
        if (!currentUser.isParticipant() || cohorts.municipalityOf(currentUser.id(), a.getCohortId()).isEmpty()) {
            throw new AccessDeniedException("only the cohort's participants answer assignment " + a.getId());
        }
    }

    Answer newAnswer(Assignment a) {
        long municipality = cohorts.municipalityOf(currentUser.id(), a.getCohortId()).orElseThrow();
        Answer created = new Answer(a.getId(), municipality, a.getMode() == AnswerMode.INDIVIDUAL ? currentUser.id() : null);
        created.write("", currentUser.id(), clock.instant());
        return answers.saveAndFlush(created);
    }

    /** An answer its writers or the cohort's facilitators may read; for anyone else it does not exist. */
    Answer forReading(long answerId) {
        Answer answer = answers.findById(answerId).orElseThrow(() -> DomainException.of("assignment.error.answerNotFound"));
        Assignment a = readable(answer.getAssignmentId());
        if (!isOwn(a, answer) && !cohorts.canManage(a.getCohortId())) {
            throw DomainException.of("assignment.error.answerNotFound");
        }
        return answer;
    }

    /** An answer whose content the caller may read: their own, or one handed in to the facilitators. */
    Answer forContent(long answerId) {
        Answer answer = forReading(answerId);
        if (!answer.getStatus().delivered() && !isOwn(readable(answer.getAssignmentId()), answer)) {
            throw DomainException.of("assignment.error.notHandedIn");
        }
        return answer;
    }

    /** Whether the caller writes this answer. */
    boolean isOwn(Assignment a, Answer answer) {
        return cohorts.municipalityOf(currentUser.id(), a.getCohortId())
                .map(m -> Answer.ownerKey(m, a.getMode() == AnswerMode.INDIVIDUAL ? currentUser.id() : null))
                .filter(k -> k.equals(answer.getOwnerKey()))
                .isPresent();
    }

    String ownerKey(Assignment a) {
        long municipality = cohorts.municipalityOf(currentUser.id(), a.getCohortId())
                .orElseThrow(() -> DomainException.of("assignment.error.notParticipant"));
        return Answer.ownerKey(municipality, a.getMode() == AnswerMode.INDIVIDUAL ? currentUser.id() : null);
    }

    // ---- by id, for the attachments ----

    /** The id of the caller's own answer, if they have started one. */
    Optional<Long> ownAnswerId(long assignmentId) {
        return own(readable(assignmentId)).map(Answer::getId);
    }

    /** The id of the caller's own answer while they may still change it (created if needed). */
    long ownEditableAnswerId(long assignmentId) {
        return ownEditable(assignmentId).getId();
    }

    /** Refuses unless the answer is the caller's own and may still be changed. */
    void checkOwnEditable(long answerId) {
        Answer answer = forReading(answerId);
        if (ownEditable(answer.getAssignmentId()).getId().longValue() != answerId) {
            throw DomainException.of("assignment.error.fileNotFound");
        }
    }

    /**
     * Holds the answer until the transaction ends, so that uploads to it take turns: whatever is counted
     * after this stays true until the caller's change is committed.
     */
    void lock(long answerId) {
        answers.lockById(answerId).orElseThrow(() -> DomainException.of("assignment.error.answerNotFound"));
    }

    /** Refuses unless the caller may read the answer's content (files included). */
    void checkContentReadable(long answerId) {
        forContent(answerId);
    }
}
