package no.ks.ledergaloppen.gathering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.Texts;
import no.ks.ledergaloppen.cohort.CohortAccess;
import no.ks.ledergaloppen.gathering.domain.HomeVisit;
import no.ks.ledergaloppen.gathering.domain.HomeVisitRepository;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Home visits: at most one per municipality per cohort. The cohort's facilitators plan and record them;
 * the visited municipality's leader group reads its own visit, and nobody else sees it.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class HomeVisitService {

    private final HomeVisitRepository visits;
    private final CohortAccess cohorts;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;

    HomeVisitService(HomeVisitRepository visits, CohortAccess cohorts, CurrentUser currentUser, UserService users,
                     Clock clock) {
        this.visits = visits;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    /** KS sees every visit of the cohort; a participant only their own municipality's. */
    @Transactional(readOnly = true)
    public List<HomeVisitInfo> visits(long cohortId) {
        if (cohorts.canManage(cohortId)) {
            return toInfos(visits.findByCohortId(cohortId));
        }
        return cohorts.municipalityOf(currentUser.id(), cohortId)
                .flatMap(m -> visits.findByCohortIdAndMunicipalityId(cohortId, m)).map(this::toInfo).stream().toList();
    }

    /** Each visited municipality's visit date and status (municipality id → visit), for those who run the cohort. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
    public Map<Long, HomeVisitBrief> briefs(long cohortId) {
        cohorts.checkCanManage(cohortId);
        return visits.briefsOf(cohortId).stream().collect(java.util.stream.Collectors.toMap(
                HomeVisitRepository.Brief::getMunicipalityId, b -> new HomeVisitBrief(b.getDate(), b.getStatus())));
    }

    /** Plans the municipality's home visit; a second visit in the same cohort is refused. */
    public HomeVisitInfo plan(long cohortId, long municipalityId, HomeVisitDraft draft) {
        cohorts.checkCanManage(cohortId);
        if (!cohorts.isEnrolled(cohortId, municipalityId)) {
            throw new DomainException("municipality", "homeVisit.error.notEnrolled");
        }
        if (visits.findByCohortIdAndMunicipalityId(cohortId, municipalityId).isPresent()) {
            throw new DomainException("municipality", "homeVisit.error.alreadyPlanned",
                    cohorts.municipalityName(municipalityId));
        }
        HomeVisit visit = new HomeVisit(cohortId, municipalityId);
        describe(visit, draft);
        return toInfo(visits.saveAndFlush(visit));
    }

    public HomeVisitInfo update(long visitId, long version, HomeVisitDraft draft) {
        HomeVisit visit = visits.findById(visitId).orElseThrow(() -> DomainException.of("homeVisit.error.notFound"));
        cohorts.checkCanManage(visit.getCohortId());
        if (visit.getVersion() != version) {
            throw DomainException.of("homeVisit.error.changedMeanwhile");
        }
        describe(visit, draft);
        visits.flush();
        return toInfo(visit);
    }

    private void describe(HomeVisit visit, HomeVisitDraft d) {
        if (d.date() == null) {
            throw new DomainException("date", "validation.required");
        }
        HomeVisitStatus status = d.status() == null ? HomeVisitStatus.PLANNED : d.status();
        if (status == HomeVisitStatus.DONE && d.date().isAfter(LocalDate.now(clock))) {
            throw new DomainException("status", "homeVisit.error.doneInFuture");
        }
        Set<Long> facilitators = d.facilitatorIds() == null ? Set.of() : d.facilitatorIds();
        if (facilitators.isEmpty()) {
            throw new DomainException("facilitators", "homeVisit.error.noFacilitator");
        }
        if (!cohorts.facilitatorIds(visit.getCohortId()).containsAll(facilitators)) {
            throw new DomainException("facilitators", "homeVisit.error.notFacilitator");
        }
        visit.describe(d.date(), status, facilitators,
                Texts.optional("trainedOn", d.trainedOn(), HomeVisit.TRAINED_MAX),
                Texts.optional("notes", d.notes(), HomeVisit.NOTES_MAX));
    }

    /** A cohort's visits, read with their facilitators; all names in one statement each, however many visits. */
    private List<HomeVisitInfo> toInfos(List<HomeVisit> list) {
        Map<Long, String> people = users.displayNames(list.stream().flatMap(v -> v.getFacilitatorIds().stream())
                .collect(java.util.stream.Collectors.toSet()));
        Map<Long, String> places = cohorts.municipalityNames(list.stream().map(HomeVisit::getMunicipalityId).toList());
        return list.stream().map(v -> toInfo(v, places.getOrDefault(v.getMunicipalityId(), ""), people))
                .sorted(Comparator.comparing(HomeVisitInfo::municipalityName)).toList();
    }

    private HomeVisitInfo toInfo(HomeVisit v) {
        return toInfo(v, cohorts.municipalityName(v.getMunicipalityId()), users.displayNames(v.getFacilitatorIds()));
    }

    private static HomeVisitInfo toInfo(HomeVisit v, String municipalityName, Map<Long, String> people) {
        return new HomeVisitInfo(v.getId(), v.getVersion(), v.getCohortId(), v.getMunicipalityId(), municipalityName,
                v.getDate(), v.getStatus(), v.getFacilitatorIds(), v.getFacilitatorIds().stream().map(people::get)
                .filter(java.util.Objects::nonNull).sorted().toList(), v.getTrainedOn(), v.getNotes());
    }
}
