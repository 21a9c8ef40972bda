package no.ks.ledergaloppen.benefits.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BenefitMeasurementRepository extends JpaRepository<BenefitMeasurement, Long> {

    List<BenefitMeasurement> findByIndicatorIdInOrderByMeasuredOnAsc(Collection<Long> indicatorIds);

    List<BenefitMeasurement> findByIndicatorIdOrderByMeasuredOnAsc(long indicatorId);

    boolean existsByIndicatorIdAndMeasuredOn(long indicatorId, LocalDate measuredOn);
}
