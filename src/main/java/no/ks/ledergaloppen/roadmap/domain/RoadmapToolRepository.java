package no.ks.ledergaloppen.roadmap.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoadmapToolRepository extends JpaRepository<RoadmapTool, Long> {

    List<RoadmapTool> findByStepIdInOrderByPosition(Collection<Long> stepIds);

    List<RoadmapTool> findByStepIdOrderByPosition(long stepId);
}
