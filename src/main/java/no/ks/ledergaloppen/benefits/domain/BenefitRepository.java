package no.ks.ledergaloppen.benefits.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BenefitRepository extends JpaRepository<Benefit, Long> {

    List<Benefit> findByCaseIdOrderByIdAsc(long caseId);
}
