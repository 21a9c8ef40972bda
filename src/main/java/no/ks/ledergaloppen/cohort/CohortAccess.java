package no.ks.ledergaloppen.cohort;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.cohort.domain.Cohort;
import no.ks.ledergaloppen.cohort.domain.CohortFacilitator;
import no.ks.ledergaloppen.cohort.domain.CohortFacilitatorRepository;
import no.ks.ledergaloppen.cohort.domain.LeaderGroupMember;
import no.ks.ledergaloppen.cohort.domain.LeaderGroupMemberRepository;
import no.ks.ledergaloppen.cohort.domain.CohortRepository;
import no.ks.ledergaloppen.cohort.domain.Municipality;
import no.ks.ledergaloppen.cohort.domain.MunicipalityRepository;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.ParticipantScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may run which cohort: administrators run all, facilitators the cohorts they facilitate.
 * Other features ask here before they let someone manage a cohort's content.
 */
@Component
@Transactional(readOnly = true)
public class CohortAccess implements ParticipantScope {

    private final CurrentUser currentUser;
    private final CohortFacilitatorRepository facilitators;
    private final LeaderGroupMemberRepository members;
    private final CohortRepository cohorts;
    private final MunicipalityRepository municipalities;

    CohortAccess(CurrentUser currentUser, CohortFacilitatorRepository facilitators,
                 LeaderGroupMemberRepository members, CohortRepository cohorts, MunicipalityRepository municipalities) {
        this.currentUser = currentUser;
        this.facilitators = facilitators;
        this.members = members;
        this.cohorts = cohorts;
        this.municipalities = municipalities;
    }

    /** The municipality whose leader group the user sits in within a cohort, if any. */
    public Optional<Long> municipalityOf(long userId, long cohortId) {
        return members.findByCohortIdAndUserId(cohortId, userId).map(LeaderGroupMember::getMunicipalityId);
    }

    /** The cohorts in which the user sits in a leader group. */
    public Set<Long> memberCohortIds(long userId) {
        return members.findByUserId(userId).stream().map(LeaderGroupMember::getCohortId).collect(Collectors.toSet());
    }

    public String cohortName(long cohortId) {
        return cohorts.findById(cohortId).map(Cohort::getName).orElse("");
    }

    public String municipalityName(long municipalityId) {
        return municipalities.findById(municipalityId).map(Municipality::getName).orElse("");
    }

    public boolean canManage(long cohortId) {
        return currentUser.isAdmin()
                || currentUser.isFacilitator() && facilitators.existsByCohortIdAndUserId(cohortId, currentUser.id());
    }

    public void checkCanManage(long cohortId) {
        if (!canManage(cohortId)) {
            throw new AccessDeniedException("cohort " + cohortId + " is not run by the current user");
        }
    }

    public Set<Long> facilitatedCohortIds(long userId) {
        return facilitators.findByUserId(userId).stream().map(CohortFacilitator::getCohortId)
                .collect(Collectors.toSet());
    }

    @Override
    public Set<Long> participantsManagedBy(long facilitatorId) {
        Set<Long> cohorts = facilitatedCohortIds(facilitatorId);
        if (cohorts.isEmpty()) {
            return Set.of();
        }
        return members.findByCohortIdIn(cohorts).stream().map(LeaderGroupMember::getUserId)
                .collect(Collectors.toSet());
    }
}
