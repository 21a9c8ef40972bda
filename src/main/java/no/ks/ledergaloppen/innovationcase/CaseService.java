package no.ks.ledergaloppen.innovationcase;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
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
    private final CaseListing listing;
    private final CohortAccess cohorts;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;

    CaseService(InnovationCaseRepository cases, PhaseMoveRepository moves, CaseAccess access, CaseListing listing,
                CohortAccess cohorts, CurrentUser currentUser, UserService users, Clock clock) {
        this.listing = listing;
        this.cases = cases;
        this.moves = moves;
        this.access = access;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    /**
     * The active cases the caller may see, a page at a time: a participant's own municipality's first, then
     * those shared with them; a facilitator's every case of the cohorts they run; grouped by cohort and
     * municipality, each municipality's cases in its leader group's order. Names are read for the whole page
     * at once, so a page costs the same few statements however many cases it holds.
     */
    @Transactional(readOnly = true)
    public Page<CaseSummary> page(Pageable pageable) {
        return summaries(CaseListing.Part.ALL, pageable);
    }

    /** The caller's own municipality's cases (a participant's "Vår sak"), in the leader group's order. */
    @Transactional(readOnly = true)
    public List<CaseSummary> ownCases() {
        return summaries(CaseListing.Part.OWN, Pageable.unpaged()).getContent();
    }

    Page<CaseSummary> summaries(CaseListing.Part part, Pageable pageable) {
        CaseListing.Viewer viewer = listing.viewer();
        Page<InnovationCase> found = listing.page(viewer, part, pageable);
        List<InnovationCase> rows = found.getContent();
        Map<Long, String> cohortNames = cohorts.cohortNames(rows.stream().map(InnovationCase::getCohortId).toList());
        Map<Long, String> municipalityNames = cohorts.municipalityNames(
                rows.stream().map(InnovationCase::getMunicipalityId).toList());
        return found.map(c -> summary(c, cohortNames.getOrDefault(c.getCohortId(), ""),
                municipalityNames.getOrDefault(c.getMunicipalityId(), ""), viewer.owns(c)));
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

    /**
     * An extra case for an enrolled municipality (the first is made at enrolment), last in its leader group's
     * order and in Anchoring. The cohort's facilitators may open one for any of its municipalities; a member of
     * a leader group only for their own municipality.
     */
    public long create(long cohortId, long municipalityId, String title) {
        if (currentUser.isParticipant()) {
            if (cohorts.municipalityOf(currentUser.id(), cohortId).filter(m -> m == municipalityId).isEmpty()) {
                throw new AccessDeniedException("user " + currentUser.id() + " sits in no leader group of "
                        + municipalityId + " in cohort " + cohortId);
            }
        } else {
            cohorts.checkCanManage(cohortId);
        }
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
        InnovationCase c = cases.save(new InnovationCase(cohortId, municipalityId, title,
                cases.maxPriority(cohortId, municipalityId) + 1, clock.instant(), currentUser.id()));
        moves.save(new PhaseMove(c.getId(), null, c.getPhase(), "", currentUser.id(), clock.instant()));
        access.audit(c.getId(), "CREATED", title);
        return c.getId();
    }

    CaseSummary toSummary(InnovationCase c) {
        return summary(c, cohorts.cohortName(c.getCohortId()), cohorts.municipalityName(c.getMunicipalityId()),
                access.isOwn(c));
    }

    private static CaseSummary summary(InnovationCase c, String cohortName, String municipalityName, boolean own) {
        return new CaseSummary(c.getId(), c.getTitle(), c.getCohortId(), cohortName, c.getMunicipalityId(),
                municipalityName, c.getPhase(), c.getPhaseSince(), c.getVisibility(), own, c.getPriority(),
                c.isFinished());
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
