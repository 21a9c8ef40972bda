package no.ks.ledergaloppen.assignment.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByCohortIdInOrderByDueDateAscIdAsc(Collection<Long> cohortIds);

    List<Assignment> findByDueDateBetween(LocalDate from, LocalDate to);
}
