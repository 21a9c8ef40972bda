package no.ks.ledergaloppen.cohort.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CohortRepository extends JpaRepository<Cohort, Long> {

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    Page<Cohort> findByArchived(boolean archived, Pageable pageable);

    Page<Cohort> findByIdInAndArchived(Collection<Long> ids, boolean archived, Pageable pageable);

    List<Cohort> findByIdInOrderByStartDateDesc(Collection<Long> ids);
}
