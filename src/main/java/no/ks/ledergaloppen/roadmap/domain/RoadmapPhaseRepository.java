package no.ks.ledergaloppen.roadmap.domain;

import java.util.List;
import java.util.Optional;
import no.ks.ledergaloppen.roadmap.Phase;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoadmapPhaseRepository extends JpaRepository<RoadmapPhase, Long> {

    Optional<RoadmapPhase> findByPhase(Phase phase);

    List<RoadmapPhase> findAllByOrderByPosition();
}
