package no.ks.ledergaloppen.innovationcase;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.ks.ledergaloppen.assessment.Assessment;
import no.ks.ledergaloppen.assessment.AssessmentService;
import no.ks.ledergaloppen.benefits.BenefitsService;
import no.ks.ledergaloppen.benefits.BenefitsStatus;
import no.ks.ledergaloppen.innovationcase.domain.InnovationCase;
import no.ks.ledergaloppen.innovationcase.domain.InnovationCaseRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's portfolio of cases: its own cases in the leader group's order, with phase, days in phase,
 * latest five-foundations result and benefits status; the cases others share with it; and for facilitators every case of the
 * cohorts they run. The leader group, and only it, orders its cases.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PortfolioService {

    /** A municipality works a handful of cases; the own list is bounded at this many. */
    public static final int OWN_MAX = 100;

    private final CaseService cases;
    private final CaseAccess access;
    private final InnovationCaseRepository repository;
    private final AssessmentService assessments;
    private final BenefitsService benefits;
    private final Clock clock;

    PortfolioService(CaseService cases, CaseAccess access, InnovationCaseRepository repository,
                     AssessmentService assessments, BenefitsService benefits, Clock clock) {
        this.benefits = benefits;
        this.cases = cases;
        this.access = access;
        this.repository = repository;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** The caller's own municipality's active cases, in the leader group's order (empty for facilitators). */
    @Transactional(readOnly = true)
    public List<PortfolioRow> own() {
        return rows(cases.summaries(CaseListing.Part.OWN, PageRequest.of(0, OWN_MAX))).getContent();
    }

    /**
     * The cases beside the caller's own, a page at a time: for a participant those other municipalities share
     * with the cohort; for a facilitator or administrator every case of the cohorts they run, grouped by
     * municipality in each leader group's order.
     */
    @Transactional(readOnly = true)
    public Page<PortfolioRow> others(Pageable pageable) {
        return rows(cases.summaries(CaseListing.Part.OTHERS, pageable));
    }

    /** Moves one of the caller's own cases a place up in the leader group's order (first stays first). */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void moveUp(long caseId) {
        reorder(caseId, -1);
    }

    /** Moves one of the caller's own cases a place down in the leader group's order (last stays last). */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void moveDown(long caseId) {
        reorder(caseId, 1);
    }

    private void reorder(long caseId, int step) {
        InnovationCase c = access.readable(caseId);
        if (!access.isOwn(c)) {
            throw new AccessDeniedException("case " + caseId + " is not ordered by " + "the caller's leader group");
        }
        List<InnovationCase> group = new ArrayList<>(repository
                .findByCohortIdAndMunicipalityIdAndArchivedFalseOrderByPriorityAscIdAsc(c.getCohortId(),
                        c.getMunicipalityId()));
        int from = group.indexOf(c);
        int to = from + step;
        if (to < 0 || to >= group.size()) {
            return;
        }
        group.set(from, group.get(to));
        group.set(to, c);
        for (int i = 0; i < group.size(); i++) {
            if (group.get(i).getPriority() != i + 1) {
                repository.setPriority(group.get(i).getId(), i + 1);
            }
        }
        access.audit(caseId, "PRIORITY", (from + 1) + "->" + (to + 1));
    }

    private Page<PortfolioRow> rows(Page<CaseSummary> page) {
        List<Long> ids = page.getContent().stream().map(CaseSummary::id).toList();
        Map<Long, Assessment> latest = assessments.latestOf(ids);
        Map<Long, BenefitsStatus> status = benefits.statusByCase(ids);
        return page.map(s -> new PortfolioRow(s, Duration.between(s.phaseSince(), clock.instant()).toDays(),
                latest.get(s.id()), status.getOrDefault(s.id(), BenefitsStatus.none(s.id()))));
    }
}
