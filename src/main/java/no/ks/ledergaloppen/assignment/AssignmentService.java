package no.ks.ledergaloppen.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.assignment.domain.Answer;
import no.ks.ledergaloppen.assignment.domain.AnswerAttachmentRepository;
import no.ks.ledergaloppen.assignment.domain.AnswerRepository;
import no.ks.ledergaloppen.assignment.domain.Assignment;
import no.ks.ledergaloppen.assignment.domain.AssignmentRepository;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.Texts;
import no.ks.ledergaloppen.base.Times;
import no.ks.ledergaloppen.cohort.CohortAccess;
import no.ks.ledergaloppen.gathering.GatheringInfo;
import no.ks.ledergaloppen.gathering.GatheringService;
import no.ks.ledergaloppen.notification.NotificationService;
import no.ks.ledergaloppen.roadmap.RoadmapService;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignments and their answers. The cohort's facilitators give assignments and judge the answers;
 * a participant writes their municipality's group answer (or their own, for an individual assignment).
 * An answer is seen by its writers and by KS, never by other municipalities.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AssignmentService {

    /** Reminders go out this many days before the due date. */
    public static final int REMIND_DAYS = 3;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final AssignmentRepository assignments;
    private final AnswerRepository answers;
    private final AnswerAttachmentRepository attachments;
    private final CohortAccess cohorts;
    private final GatheringService gatherings;
    private final RoadmapService roadmap;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;

    AssignmentService(AssignmentRepository assignments, AnswerRepository answers,
                      AnswerAttachmentRepository attachments, CohortAccess cohorts,
                      GatheringService gatherings, RoadmapService roadmap, NotificationService notifications,
                      CurrentUser currentUser, UserService users, Clock clock) {
        this.assignments = assignments;
        this.answers = answers;
        this.attachments = attachments;
        this.cohorts = cohorts;
        this.gatherings = gatherings;
        this.roadmap = roadmap;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    // ---- giving assignments ----

    /** The day before the gathering after this one, if that gathering is planned. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> defaultDueDate(long gatheringId) {
        return gatherings.after(gatheringId).map(g -> g.date().minusDays(1));
    }

    public AssignmentInfo create(AssignmentDraft draft) {
        if (draft.gatheringId() == null) {
            throw new DomainException("gathering", "validation.required");
        }
        GatheringInfo gathering = gatherings.get(draft.gatheringId());
        cohorts.checkCanManage(gathering.cohortId());
        String title = Texts.require("title", draft.title(), Assignment.TITLE_MAX);
        String instructions = Texts.require("instructions", draft.instructions(), Assignment.INSTRUCTIONS_MAX);
        LocalDate due = draft.dueDate() != null ? draft.dueDate() : defaultDueDate(gathering.id())
                .orElseThrow(() -> new DomainException("dueDate", "assignment.error.noDefaultDue"));
        if (due.isBefore(LocalDate.now(clock))) {
            throw new DomainException("dueDate", "assignment.error.dueInPast");
        }
        if (draft.stepId() != null && roadmap.step(draft.stepId()).isEmpty()) {
            throw new DomainException("step", "assignment.error.unknownStep");
        }
        Assignment a = new Assignment(gathering.cohortId(), gathering.id(), currentUser.id(), clock.instant());
        a.describe(title, instructions, due, draft.stepId(), draft.mode() == null ? AnswerMode.GROUP : draft.mode());
        Assignment saved = assignments.saveAndFlush(a);
        notifications.send(cohortParticipants(gathering.cohortId()), "notification.newAssignment",
                List.of(title, DATE.format(due)), link(saved.getId()), null);
        return toInfo(saved, Map.of(gathering.id(), gathering));
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public AssignmentInfo get(long assignmentId) {
        Assignment a = readable(assignmentId);
        return toInfo(a, Map.of());
    }

    /** A participant's assignments, soonest due first, with the status of their answer. */
    @Transactional(readOnly = true)
    public List<MyAssignment> mine() {
        Set<Long> cohortIds = cohorts.memberCohortIds(currentUser.id());
        if (cohortIds.isEmpty()) {
            return List.of();
        }
        List<Assignment> list = assignments.findByCohortIdInOrderByDueDateAscIdAsc(cohortIds);
        Map<String, Answer> byKey = answers.findByAssignmentIdIn(list.stream().map(Assignment::getId).toList()).stream()
                .collect(Collectors.toMap(x -> x.getAssignmentId() + "/" + x.getOwnerKey(), Function.identity()));
        Map<Long, Long> municipalityByCohort = cohortIds.stream().collect(Collectors.toMap(Function.identity(),
                c -> cohorts.municipalityOf(currentUser.id(), c).orElseThrow()));
        Map<Long, GatheringInfo> gatheringById = gatheringsOf(list);
        LocalDate today = LocalDate.now(clock);
        return list.stream().map(a -> {
            String owner = Answer.ownerKey(municipalityByCohort.get(a.getCohortId()),
                    a.getMode() == AnswerMode.INDIVIDUAL ? currentUser.id() : null);
            Answer answer = byKey.get(a.getId() + "/" + owner);
            AnswerStatus status = answer == null ? AnswerStatus.NOT_STARTED : answer.getStatus();
            return new MyAssignment(toInfo(a, gatheringById), status, !status.delivered() && a.getDueDate().isBefore(today));
        }).toList();
    }

    /** The assignments of the cohorts the facilitator runs, with how many answers are handed in. */
    @Transactional(readOnly = true)
    public List<CohortAssignment> given() {
        Set<Long> cohortIds = cohorts.myCohortIds().stream().filter(cohorts::canManage).collect(Collectors.toSet());
        if (cohortIds.isEmpty()) {
            return List.of();
        }
        List<Assignment> list = assignments.findByCohortIdInOrderByDueDateAscIdAsc(cohortIds);
        Map<Long, GatheringInfo> gatheringById = gatheringsOf(list);
        Map<Long, List<Answer>> byAssignment = answers.findByAssignmentIdIn(list.stream().map(Assignment::getId).toList())
                .stream().collect(Collectors.groupingBy(Answer::getAssignmentId));
        return list.stream().map(a -> new CohortAssignment(toInfo(a, gatheringById),
                (int) byAssignment.getOrDefault(a.getId(), List.of()).stream().filter(x -> x.getStatus().delivered()).count(),
                expectedAnswers(a))).toList();
    }

    @Transactional(readOnly = true)
    public boolean canJudge(long assignmentId) {
        return cohorts.canManage(readable(assignmentId).getCohortId());
    }

    /** The caller's own answer (their group's, for a group assignment). */
    @Transactional(readOnly = true)
    public AnswerView myAnswer(long assignmentId) {
        Assignment a = readable(assignmentId);
        String owner = ownerKey(a);
        return answers.findByAssignmentIdAndOwnerKey(a.getId(), owner).map(x -> toView(x, false))
                .orElseGet(() -> new AnswerView(null, null, ownerName(a), AnswerStatus.NOT_STARTED, "", null, null,
                        null, null, null, null, null, false));
    }

    // ---- writing answers ----

    /**
     * Saves the draft. {@code version} is the version the writer started from (null for a new answer): if
     * someone saved in between, nothing is saved and the refusal carries the writer's text.
     */
    public AnswerView saveDraft(long assignmentId, Long version, String body) {
        Answer answer = writable(assignmentId, version, body);
        answer.write(Texts.limit("body", body == null ? "" : body, Answer.BODY_MAX), currentUser.id(), clock.instant());
        answers.flush();
        return toView(answer, false);
    }

    /** Hands the answer in (text, attachments or both); it is locked until a facilitator returns it. */
    public AnswerView submit(long assignmentId, Long version, String body) {
        if (Texts.clean(body) == null
                && ownAnswer(assignmentId).map(a -> attachments.countByAnswerId(a.getId())).orElse(0L) == 0) {
            throw new DomainException("body", "assignment.error.emptyAnswer");
        }
        Answer answer = writable(assignmentId, version, body);
        answer.write(Texts.limit("body", body == null ? "" : body, Answer.BODY_MAX), currentUser.id(), clock.instant());
        answer.submit(currentUser.id(), clock.instant());
        answers.flush();
        return toView(answer, false);
    }

    private Answer writable(long assignmentId, Long version, String body) {
        Assignment a = readable(assignmentId);
        checkAnswers(a);
        Optional<Answer> existing = answers.findByAssignmentIdAndOwnerKey(a.getId(), ownerKey(a));
        if (existing.isEmpty()) {
            return newAnswer(a);
        }
        Answer answer = existing.get();
        if (version == null || answer.getVersion() != version) {
            throw new AnswerChangedException(users.displayNames(List.of(answer.getUpdatedBy())).get(answer.getUpdatedBy()),
                    Times.hourMinute(answer.getUpdatedAt(), clock), body);
        }
        if (!answer.getStatus().editable()) {
            throw DomainException.of("assignment.error.locked");
        }
        return answer;
    }

    /** The caller's own answer, created empty when there is none yet; refused once it is handed in. */
    Answer ownEditableAnswer(long assignmentId) {
        Assignment a = readable(assignmentId);
        checkAnswers(a);
        Answer answer = answers.findByAssignmentIdAndOwnerKey(a.getId(), ownerKey(a)).orElseGet(() -> newAnswer(a));
        if (!answer.getStatus().editable()) {
            throw DomainException.of("assignment.error.locked");
        }
        return answer;
    }

    /** Only the cohort's participants answer; facilitators judge. */
    private void checkAnswers(Assignment a) {
        if (!currentUser.isParticipant() || cohorts.municipalityOf(currentUser.id(), a.getCohortId()).isEmpty()) {
            throw new AccessDeniedException("only the cohort's participants answer assignment " + a.getId());
        }
    }

    private Answer newAnswer(Assignment a) {
        long municipality = cohorts.municipalityOf(currentUser.id(), a.getCohortId()).orElseThrow();
        Answer created = new Answer(a.getId(), municipality, a.getMode() == AnswerMode.INDIVIDUAL ? currentUser.id() : null);
        created.write("", currentUser.id(), clock.instant());
        return answers.saveAndFlush(created);
    }

    Optional<Answer> ownAnswer(long assignmentId) {
        Assignment a = readable(assignmentId);
        return answers.findByAssignmentIdAndOwnerKey(a.getId(), ownerKey(a));
    }

    /** An answer its writers or the cohort's facilitators may read; for anyone else it does not exist. */
    Answer answerForReading(long answerId) {
        Answer answer = answers.findById(answerId).orElseThrow(() -> DomainException.of("assignment.error.answerNotFound"));
        Assignment a = readable(answer.getAssignmentId());
        if (cohorts.canManage(a.getCohortId())) {
            return answer;
        }
        boolean own = cohorts.municipalityOf(currentUser.id(), a.getCohortId())
                .map(m -> Answer.ownerKey(m, a.getMode() == AnswerMode.INDIVIDUAL ? currentUser.id() : null))
                .filter(k -> k.equals(answer.getOwnerKey()))
                .isPresent();
        if (!own) {
            throw DomainException.of("assignment.error.answerNotFound");
        }
        return answer;
    }

    // ---- judging ----

    /** Every municipality's (or participant's) status for one assignment. */
    @Transactional(readOnly = true)
    public List<StatusRow> overview(long assignmentId) {
        Assignment a = judgeable(assignmentId);
        Map<String, Answer> byOwner = answers.findByAssignmentId(a.getId()).stream()
                .collect(Collectors.toMap(Answer::getOwnerKey, Function.identity()));
        List<StatusRow> rows = new ArrayList<>();
        if (a.getMode() == AnswerMode.GROUP) {
            for (long m : cohorts.enrolledMunicipalityIds(a.getCohortId())) {
                rows.add(row(cohorts.municipalityName(m), null, byOwner.get(Answer.ownerKey(m, null))));
            }
        } else {
            Map<Long, Long> members = cohorts.leaderGroupMembers(a.getCohortId());
            Map<Long, String> names = users.displayNames(members.keySet());
            members.forEach((user, m) -> rows.add(row(cohorts.municipalityName(m), names.get(user),
                    byOwner.get(Answer.ownerKey(m, user)))));
        }
        rows.sort(Comparator.comparing(StatusRow::municipality).thenComparing(r -> r.participant() == null ? "" : r.participant()));
        return rows;
    }

    /** Who has not handed in yet: the people a reminder would go to. */
    @Transactional(readOnly = true)
    public List<String> notDelivered(long assignmentId) {
        Assignment a = judgeable(assignmentId);
        return new ArrayList<>(new TreeSet<>(users.displayNames(nonDeliverers(a)).values()));
    }

    /** An answer as the facilitator sees it, feedback included. */
    @Transactional(readOnly = true)
    public AnswerView answer(long answerId) {
        Answer answer = answers.findById(answerId).orElseThrow(() -> DomainException.of("assignment.error.answerNotFound"));
        judgeable(answer.getAssignmentId());
        return toView(answer, true);
    }

    public AnswerView returnForRevision(long answerId, long version, String feedback, boolean release) {
        String text = Texts.clean(feedback);
        if (text == null) {
            throw new DomainException("feedback", "assignment.error.feedbackRequired");
        }
        return judge(answerId, version, AnswerStatus.RETURNED, text, release);
    }

    public AnswerView approve(long answerId, long version, String feedback, boolean release) {
        return judge(answerId, version, AnswerStatus.APPROVED, Texts.clean(feedback), release);
    }

    /** Makes the feedback visible to the municipality (or participant), and tells them. */
    public AnswerView releaseFeedback(long answerId) {
        Answer answer = answers.findById(answerId).orElseThrow(() -> DomainException.of("assignment.error.answerNotFound"));
        Assignment a = judgeable(answer.getAssignmentId());
        if (answer.getFeedback() == null) {
            throw DomainException.of("assignment.error.noFeedback");
        }
        if (!answer.isFeedbackReleased()) {
            answer.releaseFeedback();
            answers.flush();
            notifyFeedback(a, answer);
        }
        return toView(answer, true);
    }

    private AnswerView judge(long answerId, long version, AnswerStatus verdict, String feedback, boolean release) {
        Answer answer = answers.findById(answerId).orElseThrow(() -> DomainException.of("assignment.error.answerNotFound"));
        Assignment a = judgeable(answer.getAssignmentId());
        if (answer.getVersion() != version) {
            throw DomainException.of("assignment.error.answerChanged");
        }
        if (answer.getStatus() != AnswerStatus.SUBMITTED) {
            throw DomainException.of("assignment.error.notSubmitted");
        }
        Texts.limit("feedback", feedback, Answer.FEEDBACK_MAX);
        answer.assess(verdict, feedback, release, currentUser.id(), clock.instant());
        answers.flush();
        if (answer.isFeedbackReleased()) {
            notifyFeedback(a, answer);
        }
        return toView(answer, true);
    }

    // ---- reminders ----

    /**
     * Reminds everyone who has not handed in an assignment due within {@value #REMIND_DAYS} days; each
     * person is reminded once per assignment. Returns the number of reminders sent.
     */
    public int remindDueSoon() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (Assignment a : assignments.findByDueDateBetween(today, today.plusDays(REMIND_DAYS))) {
            sent += notifications.send(nonDeliverers(a), "notification.dueSoon",
                    List.of(a.getTitle(), DATE.format(a.getDueDate())), link(a.getId()), "due:" + a.getId());
        }
        return sent;
    }

    private Set<Long> nonDeliverers(Assignment a) {
        Map<String, Answer> byOwner = answers.findByAssignmentId(a.getId()).stream()
                .collect(Collectors.toMap(Answer::getOwnerKey, Function.identity()));
        Map<Long, Long> members = cohorts.leaderGroupMembers(a.getCohortId());
        return members.entrySet().stream().filter(e -> {
            Long participant = a.getMode() == AnswerMode.INDIVIDUAL ? e.getKey() : null;
            Answer answer = byOwner.get(Answer.ownerKey(e.getValue(), participant));
            return answer == null || !answer.getStatus().delivered();
        }).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    // ---- helpers ----

    private void notifyFeedback(Assignment a, Answer answer) {
        Set<Long> to = answer.getParticipantId() != null ? Set.of(answer.getParticipantId())
                : cohorts.leaderGroupIds(a.getCohortId(), answer.getMunicipalityId());
        notifications.send(to, "notification.feedback", List.of(a.getTitle()), link(a.getId()), null);
    }

    private Set<Long> cohortParticipants(long cohortId) {
        return cohorts.leaderGroupMembers(cohortId).keySet();
    }

    private int expectedAnswers(Assignment a) {
        return a.getMode() == AnswerMode.GROUP ? cohorts.enrolledMunicipalityIds(a.getCohortId()).size()
                : cohorts.leaderGroupMembers(a.getCohortId()).size();
    }

    private static String link(long assignmentId) {
        return "assignments/" + assignmentId;
    }

    private Assignment readable(long assignmentId) {
        return assignments.findById(assignmentId).filter(a -> cohorts.canFollow(a.getCohortId()))
                .orElseThrow(() -> DomainException.of("assignment.error.notFound"));
    }

    private Assignment judgeable(long assignmentId) {
        Assignment a = readable(assignmentId);
        cohorts.checkCanManage(a.getCohortId());
        return a;
    }

    private String ownerKey(Assignment a) {
        long municipality = cohorts.municipalityOf(currentUser.id(), a.getCohortId())
                .orElseThrow(() -> DomainException.of("assignment.error.notParticipant"));
        return Answer.ownerKey(municipality, a.getMode() == AnswerMode.INDIVIDUAL ? currentUser.id() : null);
    }

    private String ownerName(Assignment a) {
        long municipality = cohorts.municipalityOf(currentUser.id(), a.getCohortId()).orElseThrow();
        return a.getMode() == AnswerMode.INDIVIDUAL ? currentUser.require().displayName()
                : cohorts.municipalityName(municipality);
    }

    private StatusRow row(String municipality, String participant, Answer answer) {
        return answer == null ? new StatusRow(municipality, participant, AnswerStatus.NOT_STARTED, null, null, false, false)
                : new StatusRow(municipality, participant, answer.getStatus(), answer.getSubmittedAt(), answer.getId(),
                answer.getFeedback() != null, answer.isFeedbackReleased());
    }

    private AnswerView toView(Answer x, boolean judge) {
        List<Long> ids = new ArrayList<>(List.of(x.getUpdatedBy()));
        if (x.getSubmittedBy() != null) {
            ids.add(x.getSubmittedBy());
        }
        if (x.getFeedbackBy() != null) {
            ids.add(x.getFeedbackBy());
        }
        Map<Long, String> names = users.displayNames(ids);
        boolean showFeedback = judge || x.isFeedbackReleased();
        String owner = x.getParticipantId() == null ? cohorts.municipalityName(x.getMunicipalityId())
                : users.displayNames(List.of(x.getParticipantId())).get(x.getParticipantId());
        return new AnswerView(x.getId(), x.getVersion(), owner, x.getStatus(), x.getBody() == null ? "" : x.getBody(),
                names.get(x.getUpdatedBy()), x.getUpdatedAt(),
                x.getSubmittedBy() == null ? null : names.get(x.getSubmittedBy()), x.getSubmittedAt(),
                showFeedback ? x.getFeedback() : null,
                showFeedback && x.getFeedbackBy() != null ? names.get(x.getFeedbackBy()) : null,
                showFeedback ? x.getFeedbackAt() : null, x.isFeedbackReleased());
    }

    private Map<Long, GatheringInfo> gatheringsOf(List<Assignment> list) {
        return list.stream().map(Assignment::getGatheringId).distinct()
                .collect(Collectors.toMap(Function.identity(), gatherings::get));
    }

    private AssignmentInfo toInfo(Assignment a, Map<Long, GatheringInfo> known) {
        GatheringInfo g = known.containsKey(a.getGatheringId()) ? known.get(a.getGatheringId())
                : gatherings.get(a.getGatheringId());
        return new AssignmentInfo(a.getId(), a.getVersion(), a.getCohortId(), g.cohortName(), g.id(), g.number(),
                a.getTitle(), a.getInstructions(), a.getDueDate(), a.getStepId(), a.getMode());
    }
}
