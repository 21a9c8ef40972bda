package no.ks.ledergaloppen.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.assignment.domain.Answer;
import no.ks.ledergaloppen.assignment.domain.AnswerRepository;
import no.ks.ledergaloppen.assignment.domain.Assignment;
import no.ks.ledergaloppen.cohort.CohortAccess;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.stereotype.Component;

/**
 * Who is expected to answer an assignment, and who has not handed in yet: each enrolled municipality for a
 * group assignment, each leader-group member for an individual one.
 */
@Component
class Answerers {

    private final AnswerRepository answers;
    private final CohortAccess cohorts;
    private final UserService users;

    Answerers(AnswerRepository answers, CohortAccess cohorts, UserService users) {
        this.answers = answers;
        this.cohorts = cohorts;
        this.users = users;
    }

    /** The people who have not handed in: those a reminder or a changed due date goes to. */
    Set<Long> nonDeliverers(Assignment a) {
        Map<String, Answer> byOwner = byOwner(a);
        return cohorts.leaderGroupMembers(a.getCohortId()).entrySet().stream().filter(e -> {
            Long participant = a.getMode() == AnswerMode.INDIVIDUAL ? e.getKey() : null;
            return !delivered(byOwner.get(Answer.ownerKey(e.getValue(), participant)));
        }).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** Who has not handed in, by name and sorted: municipalities for a group assignment, people for an individual one. */
    List<String> notDeliveredNames(Assignment a) {
        if (a.getMode() == AnswerMode.INDIVIDUAL) {
            return new ArrayList<>(new TreeSet<>(users.displayNames(nonDeliverers(a)).values()));
        }
        Map<String, Answer> byOwner = byOwner(a);
        return cohorts.enrolledMunicipalityIds(a.getCohortId()).stream()
                .filter(m -> !delivered(byOwner.get(Answer.ownerKey(m, null))))
                .map(cohorts::municipalityName).sorted().toList();
    }

    int expected(Assignment a) {
        return a.getMode() == AnswerMode.GROUP ? cohorts.enrolledMunicipalityIds(a.getCohortId()).size()
                : cohorts.leaderGroupMembers(a.getCohortId()).size();
    }

    Set<Long> cohortParticipants(long cohortId) {
        return cohorts.leaderGroupMembers(cohortId).keySet();
    }

    private Map<String, Answer> byOwner(Assignment a) {
        return answers.findByAssignmentId(a.getId()).stream()
                .collect(Collectors.toMap(Answer::getOwnerKey, Function.identity()));
    }

    private static boolean delivered(Answer answer) {
        return answer != null && answer.getStatus().delivered();
    }
}
