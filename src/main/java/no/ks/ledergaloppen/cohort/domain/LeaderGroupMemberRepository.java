package no.ks.ledergaloppen.cohort.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LeaderGroupMemberRepository extends JpaRepository<LeaderGroupMember, Long> {

    List<LeaderGroupMember> findByCohortId(long cohortId);

    List<LeaderGroupMember> findByCohortIdAndMunicipalityId(long cohortId, long municipalityId);

    List<LeaderGroupMember> findByUserId(long userId);

    List<LeaderGroupMember> findByCohortIdIn(Collection<Long> cohortIds);

    Optional<LeaderGroupMember> findByCohortIdAndUserId(long cohortId, long userId);

    boolean existsByCohortIdAndMunicipalityId(long cohortId, long municipalityId);

    /** Everyone seated in a cohort other than the given ones (which must not be empty). */
    @Query("select distinct m.userId from LeaderGroupMember m where m.cohortId not in :cohortIds")
    Set<Long> userIdsSeatedOutside(Collection<Long> cohortIds);

    @Query("select distinct m.userId from LeaderGroupMember m")
    Set<Long> allSeatedUserIds();
}
