package no.ks.ledergaloppen.innovationcase;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ks.ledergaloppen.cohort.CohortAccess;
import no.ks.ledergaloppen.innovationcase.domain.InnovationCase;
import no.ks.ledergaloppen.innovationcase.domain.InnovationCaseRepository;
import no.ks.ledergaloppen.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The active cases a caller may see, a page at a time in the database, in the portfolio's order: a
 * participant's own municipality's cases first, then by cohort and municipality, each municipality's in its
 * leader group's priority order. The row rule is the same as {@link CaseAccess}'s, written as a query.
 */
@Component
@Transactional(readOnly = true)
class CaseListing {

    /** Which of the visible cases: all of them, the caller's own municipality's, or the others. */
    enum Part { ALL, OWN, OTHERS }

    /** Who is asking: an administrator, the cohorts a facilitator runs, or a participant's seats. */
    record Viewer(boolean admin, Set<Long> runs, Map<Long, Long> seats) {

        boolean owns(InnovationCase c) {
            Long seat = seats.get(c.getCohortId());
            return seat != null && seat == c.getMunicipalityId();
        }
    }

    private final InnovationCaseRepository cases;
    private final CohortAccess cohorts;
    private final CurrentUser currentUser;

    CaseListing(InnovationCaseRepository cases, CohortAccess cohorts, CurrentUser currentUser) {
        this.cases = cases;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
    }

    Viewer viewer() {
        if (currentUser.isAdmin()) {
            return new Viewer(true, Set.of(), Map.of());
        }
        if (currentUser.isFacilitator()) {
            return new Viewer(false, cohorts.facilitatedCohortIds(currentUser.id()), Map.of());
        }
        return new Viewer(false, Set.of(), cohorts.municipalitiesByCohort(currentUser.id()));
    }

    Page<InnovationCase> page(Viewer viewer, Part part, Pageable pageable) {
        Pageable unsorted = pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())
                : Pageable.unpaged();
        if (!viewer.admin() && viewer.runs().isEmpty() && viewer.seats().isEmpty()) {
            return Page.empty(unsorted);
        }
        Specification<InnovationCase> where = (root, query, cb) -> visible(viewer, part, root, cb);
        Specification<InnovationCase> ordered = (root, query, cb) -> {
            query.orderBy(order(viewer, part, root, cb));
            return visible(viewer, part, root, cb);
        };
        return cases.findAll(ordered, where, unsorted);
    }

    private static Predicate visible(Viewer viewer, Part part, Root<InnovationCase> c, CriteriaBuilder cb) {
        Predicate active = cb.isFalse(c.get("archived"));
        if (viewer.admin() || !viewer.runs().isEmpty()) {
            Predicate runs = viewer.admin() ? cb.conjunction() : c.get("cohortId").in(viewer.runs());
            return part == Part.OWN ? cb.disjunction() : cb.and(active, runs);
        }
        Predicate own = own(viewer, c, cb);
        Predicate shared = cb.and(cb.not(own), cb.equal(c.get("visibility"), Visibility.COHORT),
                c.get("cohortId").in(viewer.seats().keySet()));
        return cb.and(active, switch (part) {
            case ALL -> cb.or(own, shared);
            case OWN -> own;
            case OTHERS -> shared;
        });
    }

    private static Predicate own(Viewer viewer, Root<InnovationCase> c, CriteriaBuilder cb) {
        return cb.or(viewer.seats().entrySet().stream().map(seat -> cb.and(
                cb.equal(c.get("cohortId"), seat.getKey()), cb.equal(c.get("municipalityId"), seat.getValue())))
                .toArray(Predicate[]::new));
    }

    private static List<jakarta.persistence.criteria.Order> order(Viewer viewer, Part part, Root<InnovationCase> c,
                                                                  CriteriaBuilder cb) {
        List<jakarta.persistence.criteria.Order> order = new ArrayList<>();
        if (part == Part.ALL && !viewer.seats().isEmpty()) {
            Expression<Integer> ownFirst = cb.<Integer>selectCase().when(own(viewer, c, cb), 0).otherwise(1);
            order.add(cb.asc(ownFirst));
        }
        // cohort_id + 0, not the bare column: H2 2.4 sorts by the (cohort_id, municipality_id) index when the
        // cohort is a bound parameter and then pages out of order (offset 1 gave a row of the second cohort)
        order.add(cb.asc(cb.sum(c.<Long>get("cohortId"), cb.literal(0L))));
        order.add(cb.asc(c.get("municipalityId")));
        order.add(cb.asc(c.get("priority")));
        order.add(cb.asc(c.get("id")));
        return order;
    }
}
