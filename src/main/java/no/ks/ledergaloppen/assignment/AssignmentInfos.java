package no.ks.ledergaloppen.assignment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.assignment.domain.Assignment;
import no.ks.ledergaloppen.gathering.GatheringInfo;
import no.ks.ledergaloppen.gathering.GatheringService;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.stereotype.Component;

/** Assignments as their readers see them, with the gathering's number and the name of whoever withdrew them. */
@Component
class AssignmentInfos {

    private final GatheringService gatherings;
    private final UserService users;

    AssignmentInfos(GatheringService gatherings, UserService users) {
        this.gatherings = gatherings;
        this.users = users;
    }

    AssignmentInfo of(Assignment a) {
        return of(List.of(a)).get(a.getId());
    }

    /** Assignment id → info, in the order given; each gathering and name is looked up once. */
    Map<Long, AssignmentInfo> of(List<Assignment> list) {
        Map<Long, GatheringInfo> gatheringById = gatherings.infos(list.stream().map(Assignment::getGatheringId)
                .distinct().toList());
        List<Long> withdrawers = list.stream().map(Assignment::getWithdrawnBy).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> names = withdrawers.isEmpty() ? Map.of() : users.displayNames(withdrawers);
        Map<Long, AssignmentInfo> result = new LinkedHashMap<>();
        for (Assignment a : list) {
            GatheringInfo g = gatheringById.get(a.getGatheringId());
            result.put(a.getId(), new AssignmentInfo(a.getId(), a.getVersion(), a.getCohortId(), g.cohortName(), g.id(),
                    g.number(), a.getTitle(), a.getInstructions(), a.getDueDate(), a.getStepId(), a.getMode(),
                    a.getWithdrawnAt(), a.getWithdrawnBy() == null ? null : names.get(a.getWithdrawnBy()),
                    a.getWithdrawReason()));
        }
        return result;
    }
}
