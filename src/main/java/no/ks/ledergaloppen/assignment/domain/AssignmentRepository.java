package no.ks.ledergaloppen.assignment.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    /** Withdrawn ones included, for the facilitators who gave them. */
    List<Assignment> findByCohortIdInOrderByDueDateAscIdAsc(Collection<Long> cohortIds);

    /** A page of these cohorts' assignments, in the page's own order. */
    List<Assignment> findByCohortIdIn(Collection<Long> cohortIds, org.springframework.data.domain.Pageable pageable);

    /** The assignments still in force: what participants see, count and get reminded of. */
    List<Assignment> findByCohortIdInAndWithdrawnAtIsNullOrderByDueDateAscIdAsc(Collection<Long> cohortIds);

    List<Assignment> findByDueDateBetweenAndWithdrawnAtIsNull(LocalDate from, LocalDate to);
}
