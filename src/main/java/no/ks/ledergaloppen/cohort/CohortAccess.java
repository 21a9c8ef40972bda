package no.ks.ledergaloppen.cohort;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.cohort.domain.Cohort;
import no.ks.ledergaloppen.cohort.domain.CohortFacilitator;
import no.ks.ledergaloppen.cohort.domain.CohortFacilitatorRepository;
import no.ks.ledergaloppen.cohort.domain.LeaderGroupMember;
import no.ks.ledergaloppen.cohort.domain.LeaderGroupMemberRepository;
import no.ks.ledergaloppen.cohort.domain.CohortRepository;
import no.ks.ledergaloppen.cohort.domain.Enrolment;
import no.ks.ledergaloppen.cohort.domain.EnrolmentRepository;
import no.ks.ledergaloppen.cohort.domain.Municipality;
import no.ks.ledergaloppen.cohort.domain.MunicipalityRepository;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.ParticipantScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
    private final EnrolmentRepository enrolments;

    CohortAccess(CurrentUser currentUser, CohortFacilitatorRepository facilitators,
                 LeaderGroupMemberRepository members, CohortRepository cohorts, MunicipalityRepository municipalities,
                 EnrolmentRepository enrolments) {
        this.enrolments = enrolments;
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

    /**
     * The cohorts whose programme the current user follows: an administrator every cohort not archived,
     * a facilitator those they facilitate, a participant those where they sit in a leader group.
     */
    public Set<Long> myCohortIds() {
        if (currentUser.isAdmin()) {
            return cohorts.findAll().stream().filter(c -> !c.isArchived()).map(Cohort::getId)
                    .collect(Collectors.toSet());
        }
        return currentUser.isFacilitator() ? facilitatedCohortIds(currentUser.id()) : memberCohortIds(currentUser.id());
    }

    /** Whether the current user may read the cohort's programme: its facilitators, administrators and members. */
    public boolean canFollow(long cohortId) {
        return canManage(cohortId) || municipalityOf(currentUser.id(), cohortId).isPresent();
    }

    public boolean isEnrolled(long cohortId, long municipalityId) {
        return enrolments.existsByCohortIdAndMunicipalityId(cohortId, municipalityId);
    }

    /** The municipalities enrolled in a cohort. */
    public List<Long> enrolledMunicipalityIds(long cohortId) {
        return enrolments.findByCohortId(cohortId).stream().map(Enrolment::getMunicipalityId).toList();
    }

    /** Every leader-group member of a cohort: user id → municipality id. */
    public Map<Long, Long> leaderGroupMembers(long cohortId) {
        return members.findByCohortId(cohortId).stream()
                .collect(Collectors.toMap(LeaderGroupMember::getUserId, LeaderGroupMember::getMunicipalityId));
    }

    /** The facilitators of a cohort (user ids). */
    public Set<Long> facilitatorIds(long cohortId) {
        return facilitators.findByCohortId(cohortId).stream().map(CohortFacilitator::getUserId)
                .collect(Collectors.toSet());
    }

    /** The users in the leader group of a municipality within a cohort. */
    public Set<Long> leaderGroupIds(long cohortId, long municipalityId) {
        return members.findByCohortIdAndMunicipalityId(cohortId, municipalityId).stream()
                .map(LeaderGroupMember::getUserId).collect(Collectors.toSet());
    }

    /** The municipality whose leader group the user sits in, per cohort (cohort id → municipality id). */
    public Map<Long, Long> municipalitiesByCohort(long userId) {
        return members.findByUserId(userId).stream()
                .collect(Collectors.toMap(LeaderGroupMember::getCohortId, LeaderGroupMember::getMunicipalityId));
    }

    /** The names of many cohorts in one statement (cohort id → name). */
    public Map<Long, String> cohortNames(Collection<Long> cohortIds) {
        return cohortIds.isEmpty() ? Map.of() : cohorts.findAllById(Set.copyOf(cohortIds)).stream()
                .collect(Collectors.toMap(Cohort::getId, Cohort::getName));
    }

    /** The names of many municipalities in one statement (municipality id → name). */
    public Map<Long, String> municipalityNames(Collection<Long> municipalityIds) {
        return municipalityIds.isEmpty() ? Map.of() : municipalities.findAllById(Set.copyOf(municipalityIds))
                .stream().collect(Collectors.toMap(Municipality::getId, Municipality::getName));
    }

    public String cohortName(long cohortId) {
        return cohorts.findById(cohortId).map(Cohort::getName).orElse("");
    }

    public String municipalityName(long municipalityId) {
        return municipalities.findById(municipalityId).map(Municipality::getName).orElse("");
    }

    public boolean canManage(long cohortId) {
        return currentUser.isAdmin() || currentUser.isFacilitator() && managedByCaller().contains(cohortId);
    }

    /**
     * The cohorts the calling facilitator runs. Inside a transaction the answer is remembered until it
     * ends, so a page that checks many rows of the same cohorts (the dashboard) asks the database once.
     */
    private Set<Long> managedByCaller() {
        long userId = currentUser.id();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return facilitatedCohortIds(userId);
        }
        ManagedKey key = new ManagedKey(userId);
        @SuppressWarnings("unchecked")
        Set<Long> known = (Set<Long>) TransactionSynchronizationManager.getResource(key);
        if (known != null) {
            return known;
        }
        Set<Long> managed = facilitatedCohortIds(userId);
        TransactionSynchronizationManager.bindResource(key, managed);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
        return managed;
    }

    /** Forgets who runs what in the running transaction: called when facilitators are added or removed. */
    public void forgetManagedCohorts() {
        TransactionSynchronizationManager.getResourceMap().keySet().stream().filter(ManagedKey.class::isInstance)
                .toList().forEach(TransactionSynchronizationManager::unbindResourceIfPossible);
    }

    private record ManagedKey(long userId) {
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

    /**
     * The participants a facilitator looks after: those seated in the cohorts they run and in no other
     * cohort. Someone who also sits in another facilitator's cohort is left to an administrator.
     */
    @Override
    public Set<Long> participantsManagedBy(long facilitatorId) {
        Set<Long> cohorts = facilitatedCohortIds(facilitatorId);
        if (cohorts.isEmpty()) {
            return Set.of();
        }
        Set<Long> seatedElsewhere = members.userIdsSeatedOutside(cohorts);
        return members.findByCohortIdIn(cohorts).stream().map(LeaderGroupMember::getUserId)
                .filter(id -> !seatedElsewhere.contains(id)).collect(Collectors.toSet());
    }

    @Override
    public Set<Long> participantsSeatedOutsideCohortsOf(long facilitatorId) {
        Set<Long> cohorts = facilitatedCohortIds(facilitatorId);
        return cohorts.isEmpty() ? members.allSeatedUserIds() : members.userIdsSeatedOutside(cohorts);
    }

    /** Whether the caller may take this person into a cohort: an administrator always, a facilitator only
     * when the person sits in no cohort the facilitator does not run. */
    public boolean mayTakeIn(long userId) {
        return currentUser.isAdmin() || members.findByUserId(userId).stream()
                .allMatch(m -> managedByCaller().contains(m.getCohortId()));
    }
}
