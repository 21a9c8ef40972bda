package no.ks.ledergaloppen.innovationcase;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import no.ks.ledergaloppen.base.ChangedMeanwhileException;
import no.ks.ledergaloppen.base.Texts;
import no.ks.ledergaloppen.cohort.CohortAccess;
import no.ks.ledergaloppen.cohort.MunicipalityEnrolled;
import no.ks.ledergaloppen.cohort.MunicipalityUnenrolled;
import no.ks.ledergaloppen.innovationcase.domain.InnovationCase;
import no.ks.ledergaloppen.innovationcase.domain.InnovationCaseRepository;
import no.ks.ledergaloppen.innovationcase.domain.PhaseMove;
import no.ks.ledergaloppen.innovationcase.domain.PhaseMoveRepository;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The innovation cases: which a user may see, their description, and new cases. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CaseService {

    private final InnovationCaseRepository cases;
    private final PhaseMoveRepository moves;
    private final CaseAccess access;
    private final CohortAccess cohorts;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;

    CaseService(InnovationCaseRepository cases, PhaseMoveRepository moves, CaseAccess access, CohortAccess cohorts,
                CurrentUser currentUser, UserService users, Clock clock) {
        this.cases = cases;
        this.moves = moves;
        this.access = access;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    /** The cases the caller may see: their own municipality's first, then shared ones or all they run. */
    @Transactional(readOnly = true)
    public Page<CaseSummary> page(Pageable pageable) {
        List<CaseSummary> all = visible().stream().map(this::toSummary)
                .sorted(Comparator.comparing((CaseSummary c) -> !c.own()).thenComparing(CaseSummary::cohortName)
                        .thenComparing(CaseSummary::municipalityName).thenComparing(CaseSummary::title))
                .toList();
        if (pageable.isUnpaged()) {
            return new PageImpl<>(all);
        }
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(from + pageable.getPageSize(), all.size());
        return new PageImpl<>(all.subList(from, to), pageable, all.size());
    }

    /** The caller's own municipality's cases (a participant's "Vår sak"). */
    @Transactional(readOnly = true)
    public List<CaseSummary> ownCases() {
        return visible().stream().filter(access::isOwn).map(this::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public CaseDetails details(long caseId) {
        return toDetails(access.readable(caseId));
    }

    /**
     * Saves the description. Refuses, keeping the caller's text, if someone else saved since
     * {@code version} was read.
     */
    public CaseDetails update(long caseId, long version, CaseFields fields) {
        InnovationCase c = access.editable(caseId);
        if (c.getVersion() != version) {
            throw new ChangedMeanwhileException(null, "case.error.changedMeanwhile", nameOf(c.getUpdatedBy()),
                    c.getUpdatedAt(), clock, fields);
        }
        CaseFields before = fieldsOf(c);
        c.describe(Texts.require("title", fields.title(), InnovationCase.TITLE_MAX),
                Texts.optional("needStatement", fields.needStatement(), InnovationCase.NEED_MAX),
                Texts.optional("targetGroup", fields.targetGroup(), InnovationCase.FIELD_MAX),
                Texts.optional("driver", fields.driver(), InnovationCase.FIELD_MAX),
                Texts.optional("team", fields.team(), InnovationCase.FIELD_MAX),
                Texts.optional("anchoring", fields.anchoring(), InnovationCase.FIELD_MAX),
                Objects.requireNonNullElse(fields.visibility(), Visibility.PRIVATE), clock.instant(), currentUser.id());
        cases.flush();
        access.audit(caseId, "FIELDS", changedFields(before, fieldsOf(c)));
        return toDetails(c);
    }

    /** An extra case for an enrolled municipality (the first is made at enrolment). */
    @PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
    public long create(long cohortId, long municipalityId, String title) {
        cohorts.checkCanManage(cohortId);
        return open(cohortId, municipalityId, Texts.require("title", title, InnovationCase.TITLE_MAX));
    }

    /** A municipality joins a cohort: its case is opened, or brought back from the archive if it was there before. */
    @EventListener
    @PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
    public void onEnrolment(MunicipalityEnrolled event) {
        List<InnovationCase> earlier = cases.findByCohortIdAndMunicipalityId(event.cohortId(), event.municipalityId());
        if (earlier.isEmpty()) {
            open(event.cohortId(), event.municipalityId(),
                    "Innovasjonscase – " + cohorts.municipalityName(event.municipalityId()));
        }
        earlier.stream().filter(InnovationCase::isArchived).forEach(c -> archive(c, false));
    }

    /** A municipality leaves a cohort: its case is archived, read-only and out of the active lists. */
    @EventListener
    @PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
    public void onUnenrolment(MunicipalityUnenrolled event) {
        cases.findByCohortIdAndMunicipalityId(event.cohortId(), event.municipalityId()).stream()
                .filter(c -> !c.isArchived()).forEach(c -> archive(c, true));
    }

    private void archive(InnovationCase c, boolean archived) {
        c.archive(archived, clock.instant(), currentUser.id());
        access.audit(c.getId(), archived ? "ARCHIVED" : "RESTORED", null);
    }

    private long open(long cohortId, long municipalityId, String title) {
        InnovationCase c = cases.save(new InnovationCase(cohortId, municipalityId, title, clock.instant(), currentUser.id()));
        moves.save(new PhaseMove(c.getId(), null, c.getPhase(), "", currentUser.id(), clock.instant()));
        access.audit(c.getId(), "CREATED", title);
        return c.getId();
    }

    /** The active cases the caller may see (archived ones are opened by id only). */
    private List<InnovationCase> visible() {
        List<InnovationCase> all;
        if (currentUser.isAdmin()) {
            all = cases.findAll();
        } else if (currentUser.isFacilitator()) {
            all = cases.findByCohortIdIn(cohorts.facilitatedCohortIds(currentUser.id()));
        } else {
            Collection<Long> memberOf = cohorts.memberCohortIds(currentUser.id());
            all = cases.findByCohortIdIn(memberOf).stream().filter(access::canRead).toList();
        }
        return all.stream().filter(c -> !c.isArchived()).toList();
    }

    CaseSummary toSummary(InnovationCase c) {
        return new CaseSummary(c.getId(), c.getTitle(), c.getCohortId(), cohorts.cohortName(c.getCohortId()),
                c.getMunicipalityId(), cohorts.municipalityName(c.getMunicipalityId()), c.getPhase(), c.getPhaseSince(),
                c.getVisibility(), access.isOwn(c));
    }

    private CaseDetails toDetails(InnovationCase c) {
        return new CaseDetails(toSummary(c), c.getVersion(), fieldsOf(c), access.canEdit(c), c.getUpdatedAt(),
                nameOf(c.getUpdatedBy()), c.isArchived());
    }

    private String nameOf(Long userId) {
        if (userId == null) {
            return "";
        }
        return users.displayNames(List.of(userId)).get(userId);
    }

    private static CaseFields fieldsOf(InnovationCase c) {
        return new CaseFields(c.getTitle(), c.getNeedStatement(), c.getTargetGroup(), c.getDriver(), c.getTeam(),
                c.getAnchoring(), c.getVisibility());
    }

    private static String changedFields(CaseFields a, CaseFields b) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(a.title(), b.title())) changed.add("title");
        if (!Objects.equals(a.needStatement(), b.needStatement())) changed.add("needStatement");
        if (!Objects.equals(a.targetGroup(), b.targetGroup())) changed.add("targetGroup");
        if (!Objects.equals(a.driver(), b.driver())) changed.add("driver");
        if (!Objects.equals(a.team(), b.team())) changed.add("team");
        if (!Objects.equals(a.anchoring(), b.anchoring())) changed.add("anchoring");
        if (a.visibility() != b.visibility()) changed.add("visibility=" + b.visibility());
        return String.join(",", changed);
    }

    /**
     * A new case made from an idea in the municipality's idea bank: in Anchoring, with the idea's title and
     * its text as the first need statement. For a member of that municipality's leader group in the cohort,
     * or the cohort's facilitators; audited like every new case.
     */
    public long openFromIdea(long cohortId, long municipalityId, String title, String needStatement) {
        boolean ownGroup = currentUser.isParticipant() && cohorts.municipalityOf(currentUser.id(), cohortId)
                .filter(m -> m == municipalityId).isPresent();
        if (!ownGroup) {
            cohorts.checkCanManage(cohortId);
        }
        if (!cohorts.isEnrolled(cohortId, municipalityId)) {
            throw new no.ks.ledergaloppen.base.DomainException(null, "cohort.error.notEnrolled");
        }
        String cleanTitle = Texts.require("title", title, InnovationCase.TITLE_MAX);
        String need = Texts.optional("needStatement", needStatement, InnovationCase.NEED_MAX);
        long id = open(cohortId, municipalityId, cleanTitle);
        InnovationCase c = cases.findById(id).orElseThrow();
        c.describe(cleanTitle, need, null, null, null, null, Visibility.PRIVATE, clock.instant(), currentUser.id());
        return id;
    }
}
