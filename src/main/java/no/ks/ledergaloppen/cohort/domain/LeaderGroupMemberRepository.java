package no.ks.ledergaloppen.cohort.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeaderGroupMemberRepository extends JpaRepository<LeaderGroupMember, Long> {

    List<LeaderGroupMember> findByCohortId(long cohortId);

    List<LeaderGroupMember> findByCohortIdAndMunicipalityId(long cohortId, long municipalityId);

    List<LeaderGroupMember> findByUserId(long userId);

    List<LeaderGroupMember> findByCohortIdIn(Collection<Long> cohortIds);

    Optional<LeaderGroupMember> findByCohortIdAndUserId(long cohortId, long userId);

    boolean existsByCohortIdAndMunicipalityId(long cohortId, long municipalityId);
}
