package no.ks.ledergaloppen.gathering.domain;

import java.util.Collection;
import java.util.List;
import java.time.LocalDate;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GatheringRepository extends JpaRepository<Gathering, Long> {

    /** With their agendas, in one statement. */
    @EntityGraph(attributePaths = "agenda")
    List<Gathering> findByCohortIdOrderByDateAscNumberAsc(long cohortId);

    /** With their agendas, in one statement. */
    @EntityGraph(attributePaths = "agenda")
    List<Gathering> findByCohortIdInOrderByDateAscNumberAsc(Collection<Long> cohortIds);

    /** With their agendas, in one statement. */
    @EntityGraph(attributePaths = "agenda")
    List<Gathering> findByIdIn(Collection<Long> ids);

    /**
     * A page of these cohorts' gatherings on or after a day whose cohort is one of {@code named} or whose theme or
     * place matches, soonest first (ids only: agendas are read apart).
     */
    @Query("select g.id from Gathering g where g.cohortId in :cohortIds and g.date >= :from and (g.cohortId in :named"
            + " or lower(g.theme) like :filter or lower(g.place) like :filter) order by g.date, g.number, g.id")
    List<Long> comingIds(@Param("cohortIds") Collection<Long> cohortIds, @Param("from") LocalDate from,
                         @Param("named") Collection<Long> named, @Param("filter") String filter,
                         org.springframework.data.domain.Pageable pageable);

    /** The cohort's gatherings as number and date only (no agenda), in one statement. */
    @Query("select g.number as number, g.date as date from Gathering g where g.cohortId = :cohortId order by g.date, g.number")
    List<Dated> datesOf(long cohortId);

    interface Dated {
        int getNumber();

        LocalDate getDate();
    }

    boolean existsByCohortIdAndNumberAndIdNot(long cohortId, int number, long id);

    @Query("select g.id as id, g.number as number from Gathering g where g.cohortId = :cohortId")
    List<NumberOf> findNumbersByCohortId(@Param("cohortId") long cohortId);

    interface NumberOf {
        Long getId();

        int getNumber();
    }

    /**
     * A cohort's gatherings and home visits in one statement (kind 'G' or 'V', number, date, municipality id,
     * visit status), for the dashboard, which reads a cohort in a fixed number of statements.
     */
    @Query(value = """
            select 'G' as kind, seq_no as num, held_on as on_day, cast(null as bigint) as municipality_id,
                   cast(null as varchar(20)) as status
            from gathering where cohort_id = :cohortId
            union all
            select 'V', cast(null as integer), visit_date, municipality_id, status
            from home_visit where cohort_id = :cohortId""", nativeQuery = true)
    List<Object[]> calendarOf(@Param("cohortId") long cohortId);
}
