package no.ks.ledergaloppen.innovationcase;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.base.CaseGuard;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.cohort.CohortAccess;
import no.ks.ledergaloppen.innovationcase.domain.CaseAudit;
import no.ks.ledergaloppen.innovationcase.domain.CaseAuditRepository;
import no.ks.ledergaloppen.innovationcase.domain.InnovationCase;
import no.ks.ledergaloppen.innovationcase.domain.InnovationCaseRepository;
import no.ks.ledergaloppen.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The row rules of cases. Administrators and the cohort's facilitators read and change every case of
 * the cohort; a participant changes their own municipality's case and reads another municipality's
 * case only when it is shared with the cohort. An archived case (its municipality left the cohort) is
 * read by administrators only and changed by nobody. A case one may not read does not exist for them.
 */
@Component
@Transactional
public class CaseAccess implements CaseGuard {

    private final InnovationCaseRepository cases;
    private final CaseAuditRepository audits;
    private final CohortAccess cohorts;
    private final CurrentUser currentUser;
    private final Clock clock;

    CaseAccess(InnovationCaseRepository cases, CaseAuditRepository audits, CohortAccess cohorts,
               CurrentUser currentUser, Clock clock) {
        this.cases = cases;
        this.audits = audits;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    boolean isOwn(InnovationCase c) {
        return currentUser.isParticipant() && cohorts.municipalityOf(currentUser.id(), c.getCohortId())
                .filter(m -> m == c.getMunicipalityId()).isPresent();
    }

    boolean canEdit(InnovationCase c) {
        return !c.isArchived() && (cohorts.canManage(c.getCohortId()) || isOwn(c));
    }

    boolean canRead(InnovationCase c) {
        if (c.isArchived()) {
            return currentUser.isAdmin();
        }
        return canEdit(c) || currentUser.isParticipant() && c.getVisibility() == Visibility.COHORT
                && cohorts.municipalityOf(currentUser.id(), c.getCohortId()).isPresent();
    }

    InnovationCase readable(long caseId) {
        return cases.findById(caseId).filter(this::canRead)
                .orElseThrow(() -> DomainException.of("case.error.notFound"));
    }

    InnovationCase editable(long caseId) {
        InnovationCase c = readable(caseId);
        if (!canEdit(c)) {
            throw new AccessDeniedException("case " + caseId + " is read-only for " + currentUser.id());
        }
        return c;
    }

    @Override
    public void checkCanRead(long caseId) {
        readable(caseId);
    }

    @Override
    public Set<Long> readableOf(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Set.of();
        }
        List<InnovationCase> found = cases.findAllById(Set.copyOf(caseIds));
        if (!currentUser.isParticipant()) {
            return found.stream().filter(this::canRead).map(InnovationCase::getId).collect(Collectors.toSet());
        }
        Map<Long, Long> seats = cohorts.municipalitiesByCohort(currentUser.id());
        return found.stream().filter(c -> !c.isArchived() && seats.containsKey(c.getCohortId())
                        && (seats.get(c.getCohortId()) == c.getMunicipalityId() || c.getVisibility() == Visibility.COHORT))
                .map(InnovationCase::getId).collect(Collectors.toSet());
    }

    @Override
    public void checkCanEdit(long caseId) {
        editable(caseId);
    }

    @Override
    public boolean isOwnLeaderGroup(long caseId) {
        return isOwn(readable(caseId));
    }

    @Override
    public boolean facilitates(long caseId) {
        return cohorts.canManage(readable(caseId).getCohortId());
    }

    @Override
    public void audit(long caseId, String action, String detail) {
        audits.save(new CaseAudit(caseId, currentUser.id(), clock.instant(), action, detail));
    }
}
