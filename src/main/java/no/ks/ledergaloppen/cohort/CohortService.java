package no.ks.ledergaloppen.cohort;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.ks.ledergaloppen.base.AuditKind;
import no.ks.ledergaloppen.base.AuditLog;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.Texts;
import no.ks.ledergaloppen.cohort.domain.Cohort;
import no.ks.ledergaloppen.cohort.domain.CohortFacilitator;
import no.ks.ledergaloppen.cohort.domain.CohortFacilitatorRepository;
import no.ks.ledergaloppen.cohort.domain.CohortRepository;
import no.ks.ledergaloppen.cohort.domain.Enrolment;
import no.ks.ledergaloppen.cohort.domain.EnrolmentRepository;
import no.ks.ledergaloppen.cohort.domain.LeaderGroupMemberRepository;
import no.ks.ledergaloppen.cohort.domain.MunicipalityRepository;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.Role;
import no.ks.ledergaloppen.security.UserAccount;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cohorts, the municipalities enrolled in them and their facilitators. Administrators run every
 * cohort; facilitators run the cohorts they facilitate and no others.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
public class CohortService {

    private final CohortRepository cohorts;
    private final MunicipalityRepository municipalities;
    private final EnrolmentRepository enrolments;
    private final CohortFacilitatorRepository facilitators;
    private final LeaderGroupMemberRepository members;
    private final CohortAccess access;
    private final CurrentUser currentUser;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditLog audit;

    CohortService(CohortRepository cohorts, MunicipalityRepository municipalities, EnrolmentRepository enrolments,
                  CohortFacilitatorRepository facilitators, LeaderGroupMemberRepository members,
                  CohortAccess access, CurrentUser currentUser, UserService users,
                  ApplicationEventPublisher events, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.cohorts = cohorts;
        this.municipalities = municipalities;
        this.enrolments = enrolments;
        this.facilitators = facilitators;
        this.members = members;
        this.access = access;
        this.currentUser = currentUser;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The cohorts the caller runs: all for an administrator, the facilitated ones for a facilitator; their sizes
     * read for the whole page at once.
     */
    @Transactional(readOnly = true)
    public Page<CohortSummary> page(boolean archived, Pageable pageable) {
        Page<Cohort> page = currentUser.isAdmin() ? cohorts.findByArchived(archived, pageable)
                : cohorts.findByIdInAndArchived(access.facilitatedCohortIds(currentUser.id()), archived, pageable);
        Map<Long, Integer> sizes = new java.util.HashMap<>();
        if (page.hasContent()) {
            enrolments.countByCohort(page.getContent().stream().map(Cohort::getId).toList())
                    .forEach(row -> sizes.put((Long) row[0], ((Number) row[1]).intValue()));
        }
        return page.map(c -> toSummary(c, sizes.getOrDefault(c.getId(), 0)));
    }

    /** The cohort with its municipalities, leader groups and facilitators, in six statements whatever its size. */
    @Transactional(readOnly = true)
    public CohortDetails details(long cohortId) {
        access.checkCanManage(cohortId);
        Cohort cohort = find(cohortId);
        var groups = members.findByCohortId(cohortId);
        Map<Long, UserAccount> accounts = users.accounts(groups.stream().map(m -> m.getUserId()).toList());
        List<EnrolledMunicipality> enrolled = enrolments.enrolledMunicipalities(cohortId).stream()
                .map(m -> new EnrolledMunicipality(MunicipalityService.toInfo(m), groups.stream()
                        .filter(g -> g.getMunicipalityId() == m.getId())
                        .map(g -> LeaderGroupService.toMemberInfo(g, accounts.get(g.getUserId())))
                        .sorted(Comparator.comparing(MemberInfo::displayName)).toList()))
                .toList();
        List<UserAccount> facilitatorAccounts = users.accounts(facilitators.findByCohortId(cohortId).stream()
                .map(CohortFacilitator::getUserId).toList()).values().stream()
                .sorted(Comparator.comparing(UserAccount::displayName)).toList();
        return new CohortDetails(toSummary(cohort), enrolled, facilitatorAccounts);
    }

    /** The cohort with its enrolled municipalities, in two statements whatever its size. */
    @Transactional(readOnly = true)
    public CohortRoster roster(long cohortId) {
        access.checkCanManage(cohortId);
        Cohort c = find(cohortId);
        return new CohortRoster(c.getId(), c.getVersion(), c.getName(), c.getStartDate(), c.getEndDate(),
                c.getStallDays(), enrolments.enrolledMunicipalities(cohortId).stream().map(MunicipalityService::toInfo)
                .toList());
    }

    /**
     * Sets after how many days without activity the cohort's cases count as stalled (1–365). Refuses if
     * someone else saved the cohort since {@code version} was read.
     */
    public CohortRoster setStallDays(long cohortId, long version, Integer days) {
        access.checkCanManage(cohortId);
        Cohort cohort = find(cohortId);
        if (cohort.getVersion() != version) {
            throw DomainException.of("cohort.error.changedMeanwhile");
        }
        if (days == null) {
            throw new DomainException("stallDays", "validation.required");
        }
        if (days < 1 || days > Cohort.STALL_DAYS_MAX) {
            throw new DomainException("stallDays", "cohort.error.stallDays", Cohort.STALL_DAYS_MAX);
        }
        cohort.stallAfter(days);
        cohorts.flush();
        return roster(cohortId);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CohortSummary create(CohortDraft draft) {
        Cohort cohort = validated(draft, null);
        return toSummary(cohorts.save(cohort));
    }

    /** Edits a cohort; refuses if someone else saved it since {@code version} was read. */
    public CohortSummary update(long cohortId, long version, CohortDraft draft) {
        access.checkCanManage(cohortId);
        Cohort cohort = find(cohortId);
        if (cohort.getVersion() != version) {
            throw DomainException.of("cohort.error.changedMeanwhile");
        }
        Cohort checked = validated(draft, cohortId);
        cohort.update(checked.getName(), checked.getRegion(), checked.getStartDate(), checked.getEndDate(),
                checked.getStatus());
        cohorts.flush();
        return toSummary(cohort);
    }

    public CohortSummary setArchived(long cohortId, boolean archived) {
        access.checkCanManage(cohortId);
        Cohort cohort = find(cohortId);
        cohort.archive(archived);
        cohorts.flush();
        return toSummary(cohort);
    }

    public void enrol(long cohortId, long municipalityId) {
        access.checkCanManage(cohortId);
        find(cohortId);
        if (!municipalities.existsById(municipalityId)) {
            throw new DomainException("municipality", "municipality.error.notFound");
        }
        if (enrolments.existsByCohortIdAndMunicipalityId(cohortId, municipalityId)) {
            throw new DomainException("municipality", "cohort.error.alreadyEnrolled");
        }
        enrolments.save(new Enrolment(cohortId, municipalityId, clock.instant()));
        audit.record(AuditKind.MUNICIPALITY_ENROLLED, AuditLog.subject("cohort", cohortId),
                AuditLog.subject("municipality", municipalityId));
        events.publishEvent(new MunicipalityEnrolled(cohortId, municipalityId));
    }

    /** Removes a municipality from a cohort, together with its leader group there; its case is archived. */
    public void unenrol(long cohortId, long municipalityId) {
        access.checkCanManage(cohortId);
        Enrolment enrolment = enrolments.findByCohortIdAndMunicipalityId(cohortId, municipalityId)
                .orElseThrow(() -> DomainException.of("cohort.error.notEnrolled"));
        members.deleteAll(members.findByCohortIdAndMunicipalityId(cohortId, municipalityId));
        enrolments.delete(enrolment);
        audit.record(AuditKind.MUNICIPALITY_UNENROLLED, AuditLog.subject("cohort", cohortId),
                AuditLog.subject("municipality", municipalityId));
        events.publishEvent(new MunicipalityUnenrolled(cohortId, municipalityId));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void addFacilitator(long cohortId, long userId) {
        find(cohortId);
        UserAccount account = users.accounts(List.of(userId)).get(userId);
        if (account == null || account.role() != Role.FACILITATOR) {
            throw new DomainException("facilitator", "cohort.error.notAFacilitator");
        }
        if (facilitators.existsByCohortIdAndUserId(cohortId, userId)) {
            throw new DomainException("facilitator", "cohort.error.alreadyFacilitator");
        }
        facilitators.save(new CohortFacilitator(cohortId, userId));
        audit.record(AuditKind.FACILITATOR_ADDED, AuditLog.subject("cohort", cohortId),
                AuditLog.subject("user", userId));
        access.forgetManagedCohorts();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void removeFacilitator(long cohortId, long userId) {
        facilitators.findByCohortIdAndUserId(cohortId, userId).ifPresent(f -> {
            facilitators.delete(f);
            audit.record(AuditKind.FACILITATOR_REMOVED, AuditLog.subject("cohort", cohortId),
                    AuditLog.subject("user", userId));
        });
        access.forgetManagedCohorts();
    }

    private Cohort validated(CohortDraft draft, Long id) {
        String name = Texts.require("name", draft.name(), Cohort.NAME_MAX);
        String region = Texts.require("region", draft.region(), Cohort.NAME_MAX);
        if (draft.startDate() == null) {
            throw new DomainException("startDate", "validation.required");
        }
        if (draft.endDate() == null) {
            throw new DomainException("endDate", "validation.required");
        }
        if (draft.endDate().isBefore(draft.startDate())) {
            throw new DomainException("endDate", "cohort.error.endBeforeStart");
        }
        boolean taken = id == null ? cohorts.existsByNameIgnoreCase(name) : cohorts.existsByNameIgnoreCaseAndIdNot(name, id);
        if (taken) {
            throw new DomainException("name", "cohort.error.nameTaken");
        }
        return new Cohort(name, region, draft.startDate(), draft.endDate(),
                draft.status() == null ? CohortStatus.PLANNED : draft.status());
    }

    private Cohort find(long cohortId) {
        return cohorts.findById(cohortId).orElseThrow(() -> DomainException.of("cohort.error.notFound"));
    }

    private CohortSummary toSummary(Cohort c) {
        return toSummary(c, enrolments.countByCohortId(c.getId()));
    }

    private static CohortSummary toSummary(Cohort c, long municipalities) {
        return new CohortSummary(c.getId(), c.getVersion(), c.getName(), c.getRegion(), c.getStartDate(),
                c.getEndDate(), c.getStatus(), c.isArchived(), municipalities);
    }

}
