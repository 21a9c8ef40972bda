package no.ks.ledergaloppen.assignment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.assignment.domain.Answer;
import no.ks.ledergaloppen.assignment.domain.AnswerFeedback;
import no.ks.ledergaloppen.assignment.domain.AnswerFeedbackRepository;
import no.ks.ledergaloppen.assignment.domain.AnswerRepository;
import no.ks.ledergaloppen.assignment.domain.Assignment;
import no.ks.ledergaloppen.base.AuditKind;
import no.ks.ledergaloppen.base.AuditLog;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.Texts;
import no.ks.ledergaloppen.cohort.CohortAccess;
import no.ks.ledergaloppen.notification.NotificationService;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judging: the cohort's facilitators follow every municipality's status and return or approve each
 * handed-in answer with feedback, shown to the municipality now or later. Every verdict is kept.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
public class JudgingService {

    private final AnswerRepository answers;
    private final AnswerFeedbackRepository feedback;
    private final AnswerAccess access;
    private final AnswerViews views;
    private final Answerers answerers;
    private final CohortAccess cohorts;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;
    private final AuditLog audit;

    JudgingService(AnswerRepository answers, AnswerFeedbackRepository feedback, AnswerAccess access, AnswerViews views,
                   Answerers answerers, CohortAccess cohorts, NotificationService notifications,
                   CurrentUser currentUser, UserService users, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.answers = answers;
        this.feedback = feedback;
        this.access = access;
        this.views = views;
        this.answerers = answerers;
        this.cohorts = cohorts;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    /** Every municipality's (or participant's) status for one assignment. */
    @Transactional(readOnly = true)
    public List<StatusRow> overview(long assignmentId) {
        Assignment a = access.judgeable(assignmentId);
        Map<String, Answer> byOwner = answers.findByAssignmentId(a.getId()).stream()
                .collect(Collectors.toMap(Answer::getOwnerKey, Function.identity()));
        Map<Long, List<AnswerFeedback>> rounds = feedback.findByAssignmentIds(List.of(a.getId())).stream()
                .collect(Collectors.groupingBy(AnswerFeedback::getAnswerId));
        List<StatusRow> rows = new ArrayList<>();
        if (a.getMode() == AnswerMode.GROUP) {
            for (long m : cohorts.enrolledMunicipalityIds(a.getCohortId())) {
                rows.add(row(cohorts.municipalityName(m), null, byOwner.get(Answer.ownerKey(m, null)), rounds));
            }
        } else {
            Map<Long, Long> members = cohorts.leaderGroupMembers(a.getCohortId());
            Map<Long, String> names = users.displayNames(members.keySet());
            members.forEach((user, m) -> rows.add(row(cohorts.municipalityName(m), names.get(user),
                    byOwner.get(Answer.ownerKey(m, user)), rounds)));
        }
        rows.sort(Comparator.comparing(StatusRow::municipality).thenComparing(r -> r.participant() == null ? "" : r.participant()));
        return rows;
    }

    /** Who has not handed in yet: the municipalities of a group assignment, the people of an individual one. */
    @Transactional(readOnly = true)
    public List<String> notDelivered(long assignmentId) {
        return answerers.notDeliveredNames(access.judgeable(assignmentId));
    }

    /** An answer as the facilitator sees it: every verdict, and the text once it is handed in. */
    @Transactional(readOnly = true)
    public AnswerView answer(long answerId) {
        Answer answer = find(answerId);
        access.judgeable(answer.getAssignmentId());
        return views.forJudges(answer);
    }

    /** Returns a handed-in answer for revision; the feedback says what must change. */
    public AnswerView returnForRevision(long answerId, long version, String feedback, boolean release) {
        String text = Texts.clean(feedback);
        if (text == null) {
            throw new DomainException("feedback", "assignment.error.feedbackRequired");
        }
        return judge(answerId, version, AnswerStatus.RETURNED, text, release);
    }

    /** Approves a handed-in answer, with feedback or without. */
    public AnswerView approve(long answerId, long version, String feedback, boolean release) {
        return judge(answerId, version, AnswerStatus.APPROVED, Texts.clean(feedback), release);
    }

    /** Shows the answer's hidden feedback to the municipality (or participant), and tells them. */
    public AnswerView releaseFeedback(long answerId) {
        Answer answer = find(answerId);
        Assignment a = AnswerAccess.open(access.judgeable(answer.getAssignmentId()));
        boolean released = false;
        for (AnswerFeedback f : feedback.findByAnswerIdOrderByGivenAtAscIdAsc(answerId)) {
            released |= f.release(clock.instant());
        }
        if (!released) {
            throw DomainException.of("assignment.error.noFeedback");
        }
        feedback.flush();
        audit.record(AuditKind.FEEDBACK_RELEASED, AuditLog.subject("answer", answerId),
                AuditLog.subject("assignment", a.getId()));
        notifyFeedback(a, answer);
        return views.forJudges(answer);
    }

    private AnswerView judge(long answerId, long version, AnswerStatus verdict, String text, boolean release) {
        Answer answer = find(answerId);
        Assignment a = AnswerAccess.open(access.judgeable(answer.getAssignmentId()));
        if (answer.getVersion() != version) {
            throw DomainException.of("assignment.error.answerChanged");
        }
        if (answer.getStatus() != AnswerStatus.SUBMITTED) {
            throw DomainException.of("assignment.error.notSubmitted");
        }
        Texts.limit("feedback", text, AnswerFeedback.FEEDBACK_MAX);
        answer.assess(verdict, currentUser.id(), clock.instant());
        AnswerFeedback given = feedback.save(new AnswerFeedback(answer.getId(), verdict, text, release, currentUser.id(),
                clock.instant()));
        answers.flush();
        audit.record(verdict == AnswerStatus.RETURNED ? AuditKind.ANSWER_RETURNED : AuditKind.ANSWER_APPROVED,
                AuditLog.subject("answer", answerId), given.isReleased() ? "feedback released" : "feedback held");
        if (given.isReleased()) {
            notifyFeedback(a, answer);
        }
        return views.forJudges(answer);
    }

    private Answer find(long answerId) {
        return answers.findById(answerId).orElseThrow(() -> DomainException.of("assignment.error.answerNotFound"));
    }

    private void notifyFeedback(Assignment a, Answer answer) {
        Set<Long> to = answer.getParticipantId() != null ? Set.of(answer.getParticipantId())
                : cohorts.leaderGroupIds(a.getCohortId(), answer.getMunicipalityId());
        notifications.send(to, "notification.feedback", List.of(a.getTitle()), AssignmentService.link(a.getId()), null);
    }

    private static StatusRow row(String municipality, String participant, Answer answer,
                                 Map<Long, List<AnswerFeedback>> rounds) {
        if (answer == null) {
            return new StatusRow(municipality, participant, AnswerStatus.NOT_STARTED, null, null, false, false);
        }
        AnswerFeedback current = AnswerViews.current(answer, rounds.getOrDefault(answer.getId(), List.of()));
        return new StatusRow(municipality, participant, answer.getStatus(), answer.getSubmittedAt(), answer.getId(),
                current != null && current.getFeedback() != null, current != null && current.isReleased());
    }
}
