package no.ks.ledergaloppen.assignment;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.ks.ledergaloppen.assignment.domain.Answer;
import no.ks.ledergaloppen.assignment.domain.AnswerAttachmentRepository;
import no.ks.ledergaloppen.assignment.domain.AnswerRepository;
import no.ks.ledergaloppen.assignment.domain.Assignment;
import no.ks.ledergaloppen.base.ChangedMeanwhileException;
import no.ks.ledergaloppen.base.AuditKind;
import no.ks.ledergaloppen.base.AuditLog;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.Texts;
import no.ks.ledergaloppen.cohort.CohortAccess;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering: a participant writes their municipality's group answer (or their own, for an individual
 * assignment), which saves as a draft and is handed in with "Send inn". The draft is the leader group's
 * own; a handed-in answer is locked until a facilitator returns it.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AnswerService {

    private final AnswerRepository answers;
    private final AnswerAttachmentRepository attachments;
    private final AnswerAccess access;
    private final AnswerViews views;
    private final CohortAccess cohorts;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;
    private final AuditLog audit;

    AnswerService(AnswerRepository answers, AnswerAttachmentRepository attachments, AnswerAccess access,
                  AnswerViews views, CohortAccess cohorts, CurrentUser currentUser, UserService users, Clock clock,
                  AuditLog audit) {
        this.audit = audit;
        this.answers = answers;
        this.attachments = attachments;
        this.access = access;
        this.views = views;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    /** The caller's own answer (their group's, for a group assignment), with the feedback released to them. */
    @Transactional(readOnly = true)
    public AnswerView myAnswer(long assignmentId) {
        Assignment a = access.readable(assignmentId);
        return access.own(a).map(views::forWriters).orElseGet(() -> AnswerViews.notStarted(ownerName(a)));
    }

    /**
     * Saves the draft. {@code version} is the version the writer started from (null for a new answer): if
     * someone saved in between, nothing is saved and the refusal carries the writer's text.
     */
    public AnswerView saveDraft(long assignmentId, Long version, String body) {
        Answer answer = writable(assignmentId, version, body);
        answer.write(Texts.limit("body", body == null ? "" : body, Answer.BODY_MAX), currentUser.id(), clock.instant());
        answers.flush();
        return views.forWriters(answer);
    }

    /** Hands the answer in (text, attachments or both); it is locked until a facilitator returns it. */
    public AnswerView submit(long assignmentId, Long version, String body) {
        Optional<Answer> existing = access.own(access.readable(assignmentId));
        if (Texts.clean(body) == null && existing.map(a -> attachments.countByAnswerId(a.getId())).orElse(0L) == 0) {
            throw new DomainException("body", "assignment.error.emptyAnswer");
        }
        Answer answer = writable(assignmentId, version, body);
        answer.write(Texts.limit("body", body == null ? "" : body, Answer.BODY_MAX), currentUser.id(), clock.instant());
        answer.submit(currentUser.id(), clock.instant());
        answers.flush();
        audit.record(AuditKind.ANSWER_SUBMITTED, AuditLog.subject("answer", answer.getId()),
                AuditLog.subject("assignment", assignmentId));
        return views.forWriters(answer);
    }

    private Answer writable(long assignmentId, Long version, String body) {
        Assignment a = AnswerAccess.open(access.readable(assignmentId));
        access.checkAnswers(a);
        Optional<Answer> existing = access.own(a);
        if (existing.isEmpty()) {
            return access.newAnswer(a);
        }
        Answer answer = existing.get();
        if (version == null || answer.getVersion() != version) {
            throw new ChangedMeanwhileException("body", "assignment.error.changedMeanwhile",
                    users.displayNames(List.of(answer.getUpdatedBy())).get(answer.getUpdatedBy()), answer.getUpdatedAt(),
                    clock, body);
        }
        if (!answer.getStatus().editable()) {
            throw DomainException.of("assignment.error.locked");
        }
        return answer;
    }

    private String ownerName(Assignment a) {
        long municipality = cohorts.municipalityOf(currentUser.id(), a.getCohortId())
                .orElseThrow(() -> DomainException.of("assignment.error.notParticipant"));
        return a.getMode() == AnswerMode.INDIVIDUAL ? currentUser.require().displayName()
                : cohorts.municipalityName(municipality);
    }
}
