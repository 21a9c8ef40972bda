package no.ks.ledergaloppen.assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.assignment.domain.Answer;
import no.ks.ledergaloppen.assignment.domain.AnswerFeedback;
import no.ks.ledergaloppen.assignment.domain.AnswerFeedbackRepository;
import no.ks.ledergaloppen.assignment.domain.AnswerRepository;
import no.ks.ledergaloppen.assignment.domain.Assignment;
import no.ks.ledergaloppen.assignment.domain.AssignmentRepository;
import no.ks.ledergaloppen.cohort.CohortAccess;
import no.ks.ledergaloppen.gathering.GatheringService;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far each municipality of a cohort has come with its assignments in force (withdrawn ones do not
 * count), for the facilitators' dashboard and the cohort's export. Reads a whole cohort in a fixed number
 * of statements, however many municipalities and participants it has. Status only: never the text of an
 * answer, never feedback the answerers may not read yet.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
public class AssignmentProgressService {

    private final AssignmentRepository assignments;
    private final AnswerRepository answers;
    private final AnswerFeedbackRepository feedback;
    private final CohortAccess cohorts;
    private final GatheringService gatherings;
    private final UserService users;
    private final Clock clock;

    AssignmentProgressService(AssignmentRepository assignments, AnswerRepository answers,
                              AnswerFeedbackRepository feedback, CohortAccess cohorts, GatheringService gatherings,
                              UserService users, Clock clock) {
        this.assignments = assignments;
        this.answers = answers;
        this.feedback = feedback;
        this.cohorts = cohorts;
        this.gatherings = gatherings;
        this.users = users;
        this.clock = clock;
    }

    /** Per enrolled municipality (id → progress); a municipality without any answer still gets a line. */
    public Map<Long, MunicipalityAssignments> byMunicipality(long cohortId) {
        cohorts.checkCanManage(cohortId);
        return byMunicipality(cohortId, cohorts.enrolledMunicipalityIds(cohortId));
    }

    /**
     * The same for municipalities the caller has already read (the dashboard has the cohort's roster), which
     * saves a statement. Only this cohort's assignments and answers are counted, whatever ids are passed.
     */
    public Map<Long, MunicipalityAssignments> byMunicipality(long cohortId, Collection<Long> municipalities) {
        cohorts.checkCanManage(cohortId);
        List<Assignment> given = inForce(cohortId);
        Map<String, Answer> byOwner = answersByOwner(given);
        Map<Long, List<Long>> membersByMunicipality = given.stream().anyMatch(a -> a.getMode() == AnswerMode.INDIVIDUAL)
                ? cohorts.leaderGroupMembers(cohortId).entrySet().stream().collect(Collectors.groupingBy(
                Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())))
                : Map.of();
        LocalDate today = LocalDate.now(clock);
        Map<Long, MunicipalityAssignments> result = new HashMap<>();
        for (long m : municipalities) {
            int handedIn = 0;
            int approved = 0;
            int overdue = 0;
            Instant last = null;
            for (Assignment a : given) {
                List<Answer> own = answersOf(a, m, byOwner, membersByMunicipality);
                int expected = a.getMode() == AnswerMode.GROUP ? 1 : membersByMunicipality.getOrDefault(m, List.of()).size();
                long delivered = own.stream().filter(x -> x.getStatus().delivered()).count();
                if (expected > 0 && delivered >= expected) {
                    handedIn++;
                } else if (a.getDueDate().isBefore(today)) {
                    overdue++;
                }
                if (expected > 0 && own.stream().filter(x -> x.getStatus() == AnswerStatus.APPROVED).count() >= expected) {
                    approved++;
                }
                for (Answer x : own) {
                    last = last == null || x.getUpdatedAt().isAfter(last) ? x.getUpdatedAt() : last;
                }
            }
            result.put(m, new MunicipalityAssignments(m, given.size(), handedIn, approved, overdue, last));
        }
        return result;
    }

    /**
     * One line per assignment in force and answerer (each enrolled municipality for a group assignment,
     * each leader-group member for an individual one), soonest due first.
     */
    public List<AnswerStatusLine> statusLines(long cohortId) {
        cohorts.checkCanManage(cohortId);
        List<Assignment> given = inForce(cohortId);
        if (given.isEmpty()) {
            return List.of();
        }
        Map<String, Answer> byOwner = answersByOwner(given);
        Map<Long, String> released = new HashMap<>();
        for (AnswerFeedback f : feedback.findByAssignmentIds(given.stream().map(Assignment::getId).toList())) {
            if (f.isReleased()) {
                released.put(f.getAnswerId(), f.getFeedback()); // oldest first: the newest stays
            }
        }
        List<Long> municipalities = cohorts.enrolledMunicipalityIds(cohortId).stream().sorted().toList();
        Map<Long, Long> members = given.stream().anyMatch(a -> a.getMode() == AnswerMode.INDIVIDUAL)
                ? cohorts.leaderGroupMembers(cohortId) : Map.of();
        Map<Long, String> names = members.isEmpty() ? Map.of() : users.displayNames(members.keySet());
        List<Map.Entry<Long, Long>> people = members.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Long, Long> e) -> e.getValue())
                        .thenComparing(e -> names.getOrDefault(e.getKey(), ""))).toList();
        Map<Long, Integer> numbers = gatherings.numbers(cohortId);
        LocalDate today = LocalDate.now(clock);
        List<AnswerStatusLine> lines = new ArrayList<>();
        for (Assignment a : given) {
            int number = numbers.getOrDefault(a.getGatheringId(), 0);
            if (a.getMode() == AnswerMode.GROUP) {
                for (long m : municipalities) {
                    lines.add(line(a, number, m, null, byOwner.get(a.getId() + "/" + Answer.ownerKey(m, null)),
                            released, today));
                }
            } else {
                for (Map.Entry<Long, Long> p : people) {
                    lines.add(line(a, number, p.getValue(), names.get(p.getKey()),
                            byOwner.get(a.getId() + "/" + Answer.ownerKey(p.getValue(), p.getKey())), released, today));
                }
            }
        }
        return lines;
    }

    private static AnswerStatusLine line(Assignment a, int gatheringNumber, long municipality, String participant,
                                         Answer answer, Map<Long, String> released, LocalDate today) {
        AnswerStatus status = answer == null ? AnswerStatus.NOT_STARTED : answer.getStatus();
        return new AnswerStatusLine(a.getId(), a.getTitle(), gatheringNumber, a.getDueDate(), a.getMode(), municipality,
                participant, status, answer == null ? null : answer.getSubmittedAt(),
                !status.delivered() && a.getDueDate().isBefore(today), answer == null ? null : released.get(answer.getId()));
    }

    private List<Assignment> inForce(long cohortId) {
        return assignments.findByCohortIdInAndWithdrawnAtIsNullOrderByDueDateAscIdAsc(List.of(cohortId));
    }

    /** "assignment id/owner key" → answer, for every answer to the given assignments, in one statement. */
    private Map<String, Answer> answersByOwner(List<Assignment> given) {
        return given.isEmpty() ? Map.of()
                : answers.findByAssignmentIdIn(given.stream().map(Assignment::getId).toList()).stream()
                .collect(Collectors.toMap(a -> a.getAssignmentId() + "/" + a.getOwnerKey(), Function.identity()));
    }

    private static List<Answer> answersOf(Assignment a, long municipality, Map<String, Answer> byOwner,
                                          Map<Long, List<Long>> members) {
        if (a.getMode() == AnswerMode.GROUP) {
            Answer answer = byOwner.get(a.getId() + "/" + Answer.ownerKey(municipality, null));
            return answer == null ? List.of() : List.of(answer);
        }
        return members.getOrDefault(municipality, List.of()).stream()
                .map(user -> byOwner.get(a.getId() + "/" + Answer.ownerKey(municipality, user)))
                .filter(java.util.Objects::nonNull).toList();
    }

}
