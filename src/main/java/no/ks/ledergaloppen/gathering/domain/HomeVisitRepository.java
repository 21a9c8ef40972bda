package no.ks.ledergaloppen.gathering.domain;

import java.util.List;
import java.util.Optional;
import java.time.LocalDate;
import no.ks.ledergaloppen.gathering.HomeVisitStatus;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface HomeVisitRepository extends JpaRepository<HomeVisit, Long> {

    /** With their facilitators, in one statement. */
    @EntityGraph(attributePaths = "facilitatorIds")
    List<HomeVisit> findByCohortId(long cohortId);

    /** Each visit's municipality, date and status (no facilitators or notes), in one statement. */
    @Query("select v.municipalityId as municipalityId, v.date as date, v.status as status from HomeVisit v where v.cohortId = :cohortId")
    List<Brief> briefsOf(long cohortId);

    interface Brief {
        long getMunicipalityId();

        LocalDate getDate();

        HomeVisitStatus getStatus();
    }

    Optional<HomeVisit> findByCohortIdAndMunicipalityId(long cohortId, long municipalityId);
}
