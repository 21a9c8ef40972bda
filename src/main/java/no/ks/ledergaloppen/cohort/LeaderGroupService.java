package no.ks.ledergaloppen.cohort;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ks.ledergaloppen.base.AuditKind;
import no.ks.ledergaloppen.base.AuditLog;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.Texts;
import no.ks.ledergaloppen.cohort.domain.Cohort;
import no.ks.ledergaloppen.cohort.domain.CohortRepository;
import no.ks.ledergaloppen.cohort.domain.EnrolmentRepository;
import no.ks.ledergaloppen.cohort.domain.LeaderGroupMember;
import no.ks.ledergaloppen.cohort.domain.LeaderGroupMemberRepository;
import no.ks.ledergaloppen.cohort.domain.Municipality;
import no.ks.ledergaloppen.cohort.domain.MunicipalityRepository;
import no.ks.ledergaloppen.security.CreatedUser;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.Role;
import no.ks.ledergaloppen.security.UserAccount;
import no.ks.ledergaloppen.security.UserDraft;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leader groups: which participant sits in which municipality's group in a cohort. Run by the
 * cohort's administrators and facilitators; a participant reads their own place.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
public class LeaderGroupService {

    private final LeaderGroupMemberRepository members;
    private final EnrolmentRepository enrolments;
    private final CohortRepository cohorts;
    private final MunicipalityRepository municipalities;
    private final CohortAccess access;
    private final CurrentUser currentUser;
    private final UserService users;
    private final AuditLog audit;

    LeaderGroupService(LeaderGroupMemberRepository members, EnrolmentRepository enrolments,
                       CohortRepository cohorts, MunicipalityRepository municipalities, CohortAccess access,
                       CurrentUser currentUser, UserService users, AuditLog audit) {
        this.audit = audit;
        this.members = members;
        this.enrolments = enrolments;
        this.cohorts = cohorts;
        this.municipalities = municipalities;
        this.access = access;
        this.currentUser = currentUser;
        this.users = users;
    }

    /** Places an existing participant in a municipality's leader group. */
    public void addMember(long cohortId, long municipalityId, long userId, String title) {
        access.checkCanManage(cohortId);
        String cleanTitle = Texts.require("title", title, LeaderGroupMember.TITLE_MAX);
        if (!enrolments.existsByCohortIdAndMunicipalityId(cohortId, municipalityId)) {
            throw new DomainException("municipality", "cohort.error.notEnrolled");
        }
        UserAccount account = users.accounts(List.of(userId)).get(userId);
        if (account == null || account.role() != Role.PARTICIPANT) {
            throw new DomainException("user", "leaderGroup.error.notAParticipant");
        }
        if (!access.mayTakeIn(userId)) {
            throw new DomainException("user", "leaderGroup.error.inOtherCohort");
        }
        if (members.findByCohortIdAndUserId(cohortId, userId).isPresent()) {
            throw new DomainException("user", "leaderGroup.error.alreadyInCohort");
        }
        members.save(new LeaderGroupMember(cohortId, municipalityId, userId, cleanTitle));
        audit.record(AuditKind.MEMBER_ADDED, AuditLog.subject("cohort", cohortId),
                memberDetail(municipalityId, userId));
    }

    /** Creates a new participant and places them in the leader group in one go. */
    public CreatedUser createParticipant(long cohortId, long municipalityId, UserDraft draft, String title) {
        access.checkCanManage(cohortId);
        Texts.require("title", title, LeaderGroupMember.TITLE_MAX);
        if (!enrolments.existsByCohortIdAndMunicipalityId(cohortId, municipalityId)) {
            throw new DomainException("municipality", "cohort.error.notEnrolled");
        }
        CreatedUser created = users.create(new UserDraft(draft.username(), draft.displayName(), draft.email(),
                Role.PARTICIPANT, draft.language()));
        members.save(new LeaderGroupMember(cohortId, municipalityId, created.account().id(), title.strip()));
        audit.record(AuditKind.MEMBER_ADDED, AuditLog.subject("cohort", cohortId),
                memberDetail(municipalityId, created.account().id()));
        return created;
    }

    public void removeMember(long memberId) {
        LeaderGroupMember member = members.findById(memberId)
                .orElseThrow(() -> DomainException.of("leaderGroup.error.notFound"));
        access.checkCanManage(member.getCohortId());
        members.delete(member);
        audit.record(AuditKind.MEMBER_REMOVED, AuditLog.subject("cohort", member.getCohortId()),
                memberDetail(member.getMunicipalityId(), member.getUserId()));
    }

    private static String memberDetail(long municipalityId, long userId) {
        return AuditLog.subject("municipality", municipalityId) + " " + AuditLog.subject("user", userId);
    }

    /** The caller's own places in leader groups, newest cohort first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Membership> myMemberships() {
        return membershipsOf(currentUser.id());
    }

    /** The caller's leader group in a cohort, if they belong to one. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Membership> myMembership(long cohortId) {
        return members.findByCohortIdAndUserId(cohortId, currentUser.id()).map(m -> toMemberships(List.of(m)).getFirst());
    }

    /** The people in the caller's own leader group in a cohort (or any group, for those who run it). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MemberInfo> leaderGroup(long cohortId, long municipalityId) {
        boolean own = members.findByCohortIdAndUserId(cohortId, currentUser.id())
                .filter(m -> m.getMunicipalityId() == municipalityId).isPresent();
        if (!own) {
            access.checkCanManage(cohortId);
        }
        var group = members.findByCohortIdAndMunicipalityId(cohortId, municipalityId);
        Map<Long, UserAccount> accounts = users.accounts(group.stream().map(LeaderGroupMember::getUserId).toList());
        return group.stream().map(m -> toMemberInfo(m, accounts.get(m.getUserId())))
                .sorted(java.util.Comparator.comparing(MemberInfo::displayName)).toList();
    }

    /** The user's seats, their cohorts and municipalities read in one statement each, however many seats. */
    private List<Membership> membershipsOf(long userId) {
        List<LeaderGroupMember> seats = members.findByUserId(userId);
        return toMemberships(seats).stream().sorted(java.util.Comparator.comparing(Membership::cohortName)).toList();
    }

    private List<Membership> toMemberships(List<LeaderGroupMember> seats) {
        if (seats.isEmpty()) {
            return List.of();
        }
        Map<Long, Cohort> cohortById = cohorts.findAllById(seats.stream().map(LeaderGroupMember::getCohortId)
                .collect(java.util.stream.Collectors.toSet())).stream()
                .collect(java.util.stream.Collectors.toMap(Cohort::getId, c -> c));
        Map<Long, Municipality> municipalityById = municipalities.findAllById(seats.stream()
                .map(LeaderGroupMember::getMunicipalityId).collect(java.util.stream.Collectors.toSet())).stream()
                .collect(java.util.stream.Collectors.toMap(Municipality::getId, m -> m));
        return seats.stream().map(m -> toMembership(m, cohortById.get(m.getCohortId()),
                municipalityById.get(m.getMunicipalityId()))).toList();
    }

    private static Membership toMembership(LeaderGroupMember m, Cohort cohort, Municipality municipality) {
        return new Membership(cohort.getId(), cohort.getName(), municipality.getId(), municipality.getName(),
                municipality.getWrittenStandard(), m.getTitle());
    }

    static MemberInfo toMemberInfo(LeaderGroupMember m, UserAccount account) {
        return new MemberInfo(m.getId(), m.getUserId(), account.displayName(), account.username(), m.getTitle(),
                account.enabled());
    }
}
