package no.ks.ledergaloppen.roadmap.domain;

import java.util.List;
import no.ks.ledergaloppen.roadmap.Phase;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoadmapStepRepository extends JpaRepository<RoadmapStep, Long> {

    List<RoadmapStep> findByPhaseAndRetiredFalseOrderByPosition(Phase phase);

    List<RoadmapStep> findByRetiredFalseOrderByPhaseAscPositionAsc();
}
