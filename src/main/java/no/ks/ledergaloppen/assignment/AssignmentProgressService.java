package no.ks.ledergaloppen.assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.function.Function;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.assignment.domain.Answer;
import no.ks.ledergaloppen.assignment.domain.AnswerRepository;
import no.ks.ledergaloppen.assignment.domain.Assignment;
import no.ks.ledergaloppen.assignment.domain.AssignmentRepository;
import no.ks.ledergaloppen.cohort.CohortAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far each municipality of a cohort has come with its assignments, for the facilitators' dashboard.
 * Reads a whole cohort in a fixed number of statements, however many municipalities it has. Status
 * only: never the text of a draft.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
public class AssignmentProgressService {

    private final AssignmentRepository assignments;
    private final AnswerRepository answers;
    private final CohortAccess cohorts;
    private final Clock clock;

    AssignmentProgressService(AssignmentRepository assignments, AnswerRepository answers, CohortAccess cohorts,
                              Clock clock) {
        this.assignments = assignments;
        this.answers = answers;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    /** Per enrolled municipality (id → progress); a municipality without any answer still gets a line. */
    public Map<Long, MunicipalityAssignments> byMunicipality(long cohortId) {
        cohorts.checkCanManage(cohortId);
        List<Long> municipalities = cohorts.enrolledMunicipalityIds(cohortId);
        List<Assignment> given = assignments.findByCohortIdInOrderByDueDateAscIdAsc(List.of(cohortId));
        Map<String, Answer> byOwner = given.isEmpty() ? Map.of()
                : answers.findByAssignmentIdIn(given.stream().map(Assignment::getId).toList()).stream()
                .collect(Collectors.toMap(a -> a.getAssignmentId() + "/" + a.getOwnerKey(), Function.identity()));
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
