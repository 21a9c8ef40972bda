package no.ks.ledergaloppen.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.assignment.domain.Answer;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Giving assignments: the cohort's facilitators give them at a gathering, change them afterwards, or
 * withdraw them with a reason (the answers are kept). Participants see the assignments in force.
 * Answers are {@link AnswerService}'s, verdicts {@link JudgingService}'s.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AssignmentService {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final Sort DUE_ORDER = Sort.by("dueDate", "id");

    private final AssignmentRepository assignments;
    private final AnswerRepository answers;
    private final AnswerAccess access;
    private final Answerers answerers;
    private final AssignmentInfos infos;
    private final CohortAccess cohorts;
    private final GatheringService gatherings;
    private final RoadmapService roadmap;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;

    AssignmentService(AssignmentRepository assignments, AnswerRepository answers, AnswerAccess access,
                      Answerers answerers, AssignmentInfos infos, CohortAccess cohorts, GatheringService gatherings,
                      RoadmapService roadmap, NotificationService notifications, CurrentUser currentUser,
                      UserService users, Clock clock) {
        this.assignments = assignments;
        this.answers = answers;
        this.access = access;
        this.answerers = answerers;
        this.infos = infos;
        this.cohorts = cohorts;
        this.gatherings = gatherings;
        this.roadmap = roadmap;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    /** The day before the gathering after this one, if that gathering is planned. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> defaultDueDate(long gatheringId) {
        return gatherings.after(gatheringId).map(g -> g.date().minusDays(1));
    }

    /** The gatherings the caller may give a new assignment at: today or later, in the cohorts they run. */
    @Transactional(readOnly = true)
    public List<GatheringInfo> gatheringsToGive() {
        return gatheringsToGive("", Pageable.unpaged());
    }

    /** A page of {@link #gatheringsToGive()} whose cohort, theme or place contains {@code filter}, soonest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
    public List<GatheringInfo> gatheringsToGive(String filter, Pageable pageable) {
        return gatherings.coming(LocalDate.now(clock), filter, pageable).stream()
                .filter(g -> cohorts.canManage(g.cohortId())).toList();
    }

    public AssignmentInfo create(AssignmentDraft draft) {
        if (draft.gatheringId() == null) {
            throw new DomainException("gathering", "validation.required");
        }
        GatheringInfo gathering = gatherings.get(draft.gatheringId());
        cohorts.checkCanManage(gathering.cohortId());
        String title = Texts.require("title", draft.title(), Assignment.TITLE_MAX);
        String instructions = Texts.require("instructions", draft.instructions(), Assignment.INSTRUCTIONS_MAX);
        LocalDate due = dueDate(draft.dueDate(), gathering.id(), null);
        checkStep(draft.stepId());
        Assignment a = new Assignment(gathering.cohortId(), gathering.id(), currentUser.id(), clock.instant());
        a.describe(title, instructions, due, draft.stepId(), draft.mode() == null ? AnswerMode.GROUP : draft.mode());
        Assignment saved = assignments.saveAndFlush(a);
        notifications.send(answerers.cohortParticipants(gathering.cohortId()), "notification.newAssignment",
                List.of(title, DATE.format(due)), link(saved.getId()), null);
        return infos.of(saved);
    }

    /**
     * Changes a given assignment as seen at {@code version}; a change made meanwhile is not overwritten. A new
     * due date may not lie in the past; everyone who has not handed in is told of it.
     */
    public AssignmentInfo update(long assignmentId, long version, AssignmentChanges changes) {
        Assignment a = AnswerAccess.open(current(assignmentId, version));
        String title = Texts.require("title", changes.title(), Assignment.TITLE_MAX);
        String instructions = Texts.require("instructions", changes.instructions(), Assignment.INSTRUCTIONS_MAX);
        LocalDate due = dueDate(changes.dueDate(), a.getGatheringId(), a.getDueDate());
        checkStep(changes.stepId());
        boolean moved = !due.equals(a.getDueDate());
        a.edit(title, instructions, due, changes.stepId(), currentUser.id(), clock.instant());
        assignments.flush();
        if (moved) {
            notifications.send(answerers.nonDeliverers(a), "notification.dueChanged", List.of(title, DATE.format(due)),
                    link(a.getId()), null);
        }
        return infos.of(a);
    }

    /**
     * Withdraws a given assignment with a reason the participants are told. Its answers are kept, but it
     * leaves the participants' lists and reminders, and nothing in it can be changed any more.
     */
    public AssignmentInfo withdraw(long assignmentId, long version, String reason) {
        Assignment a = AnswerAccess.open(current(assignmentId, version));
        String why = Texts.require("reason", reason, Assignment.REASON_MAX);
        a.withdraw(why, currentUser.id(), clock.instant());
        assignments.flush();
        notifications.send(answerers.cohortParticipants(a.getCohortId()), "notification.withdrawn",
                List.of(a.getTitle(), why), link(a.getId()), null);
        return infos.of(a);
    }

    @Transactional(readOnly = true)
    public AssignmentInfo get(long assignmentId) {
        return infos.of(access.readable(assignmentId));
    }

    /** A participant's assignments in force, soonest due first, with the status of their answer. */
    @Transactional(readOnly = true)
    public List<MyAssignment> mine() {
        Map<Long, Long> municipalityByCohort = cohorts.municipalitiesByCohort(currentUser.id());
        if (municipalityByCohort.isEmpty()) {
            return List.of();
        }
        List<Assignment> list = assignments.findByCohortIdInAndWithdrawnAtIsNullOrderByDueDateAscIdAsc(
                municipalityByCohort.keySet());
        if (list.isEmpty()) {
            return List.of();
        }
        Set<String> owners = new java.util.HashSet<>();
        owners.add(Answer.ownerKey(0, currentUser.id()));
        municipalityByCohort.values().forEach(m -> owners.add(Answer.ownerKey(m, null)));
        Map<String, Answer> byKey = answers.findByAssignmentIdInAndOwnerKeyIn(list.stream().map(Assignment::getId)
                .toList(), owners).stream()
                .collect(Collectors.toMap(x -> x.getAssignmentId() + "/" + x.getOwnerKey(), Function.identity()));
        Map<Long, AssignmentInfo> info = infos.of(list);
        LocalDate today = LocalDate.now(clock);
        return list.stream().map(a -> {
            String owner = Answer.ownerKey(municipalityByCohort.get(a.getCohortId()),
                    a.getMode() == AnswerMode.INDIVIDUAL ? currentUser.id() : null);
            Answer answer = byKey.get(a.getId() + "/" + owner);
            AnswerStatus status = answer == null ? AnswerStatus.NOT_STARTED : answer.getStatus();
            return new MyAssignment(info.get(a.getId()), status, !status.delivered() && a.getDueDate().isBefore(today));
        }).toList();
    }

    /**
     * The assignments of the cohorts the facilitator runs (withdrawn ones too), with how many are handed in: a fixed
     * number of statements per cohort, whatever the number of assignments and answers.
     */
    @Transactional(readOnly = true)
    public List<CohortAssignment> given() {
        return given(Pageable.unpaged());
    }

    /** A page of {@link #given()}, soonest due first, read as a page from the database. */
    @Transactional(readOnly = true)
    public List<CohortAssignment> given(Pageable pageable) {
        Set<Long> cohortIds = cohorts.myCohortIds().stream().filter(cohorts::canManage).collect(Collectors.toSet());
        if (cohortIds.isEmpty()) {
            return List.of();
        }
        List<Assignment> list = assignments.findByCohortIdIn(cohortIds, pageable.isUnpaged()
                ? Pageable.unpaged(DUE_ORDER) : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), DUE_ORDER));
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, AssignmentInfo> info = infos.of(list);
        Map<Long, Integer> delivered = new java.util.HashMap<>();
        answers.countByAssignment(list.stream().map(Assignment::getId).toList(),
                List.of(AnswerStatus.SUBMITTED, AnswerStatus.APPROVED))
                .forEach(row -> delivered.put((Long) row[0], ((Number) row[1]).intValue()));
        Map<String, Integer> expected = new java.util.HashMap<>();
        return list.stream().map(a -> new CohortAssignment(info.get(a.getId()), delivered.getOrDefault(a.getId(), 0),
                expected.computeIfAbsent(a.getCohortId() + "/" + a.getMode(), k -> answerers.expected(a)))).toList();
    }

    /** Whether the caller runs the assignment's cohort: judges its answers, changes or withdraws it. */
    @Transactional(readOnly = true)
    public boolean canJudge(long assignmentId) {
        return cohorts.canManage(access.readable(assignmentId).getCohortId());
    }

    private Assignment current(long assignmentId, long version) {
        Assignment a = access.judgeable(assignmentId);
        if (a.getVersion() != version) {
            String by = a.getUpdatedBy() == null ? "" : users.displayNames(List.of(a.getUpdatedBy())).get(a.getUpdatedBy());
            throw DomainException.of("assignment.error.assignmentChanged", by,
                    a.getUpdatedAt() == null ? "" : Times.hourMinute(a.getUpdatedAt(), clock));
        }
        return a;
    }

    /** The due date asked for, or the day before the next gathering; a new one may not lie in the past. */
    private LocalDate dueDate(LocalDate asked, long gatheringId, LocalDate before) {
        LocalDate due = asked != null ? asked : defaultDueDate(gatheringId)
                .orElseThrow(() -> new DomainException("dueDate", "assignment.error.noDefaultDue"));
        if (!Objects.equals(due, before) && due.isBefore(LocalDate.now(clock))) {
            throw new DomainException("dueDate", "assignment.error.dueInPast");
        }
        return due;
    }

    private void checkStep(Long stepId) {
        if (stepId != null && roadmap.step(stepId).isEmpty()) {
            throw new DomainException("step", "assignment.error.unknownStep");
        }
    }

    static String link(long assignmentId) {
        return "assignments/" + assignmentId;
    }
}
