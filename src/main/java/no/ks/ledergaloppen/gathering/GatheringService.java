package no.ks.ledergaloppen.gathering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.Texts;
import no.ks.ledergaloppen.cohort.CohortAccess;
import no.ks.ledergaloppen.gathering.domain.AgendaItem;
import no.ks.ledergaloppen.gathering.domain.Gathering;
import no.ks.ledergaloppen.gathering.domain.GatheringRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gatherings of a cohort with their agendas. The cohort's facilitators and administrators plan
 * them; every member of the cohort reads them.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class GatheringService {

    private final GatheringRepository gatherings;
    private final CohortAccess cohorts;
    private final Clock clock;

    GatheringService(GatheringRepository gatherings, CohortAccess cohorts, Clock clock) {
        this.gatherings = gatherings;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    /** The gatherings of every cohort the user follows, by date. */
    @Transactional(readOnly = true)
    public List<GatheringInfo> mine() {
        var ids = cohorts.myCohortIds();
        return ids.isEmpty() ? List.of()
                : toInfos(gatherings.findByCohortIdInOrderByDateAscNumberAsc(ids));
    }

    /**
     * A page of the gatherings on or after {@code from} in the cohorts the user follows whose cohort name, theme or
     * place contains {@code filter}, soonest first: a fixed number of statements (the cohorts' names, the page's
     * ids, the gatherings with their agendas) however many gatherings there are.
     */
    @Transactional(readOnly = true)
    public List<GatheringInfo> coming(java.time.LocalDate from, String filter,
                                      org.springframework.data.domain.Pageable pageable) {
        var cohortIds = cohorts.myCohortIds();
        if (cohortIds.isEmpty()) {
            return List.of();
        }
        String wanted = no.ks.ledergaloppen.base.Texts.lower(filter == null ? "" : filter.strip());
        List<Long> named = new java.util.ArrayList<>(List.of(-1L));
        cohorts.cohortNames(cohortIds).forEach((id, name) -> {
            if (no.ks.ledergaloppen.base.Texts.lower(name).contains(wanted)) {
                named.add(id);
            }
        });
        List<Long> ids = gatherings.comingIds(cohortIds, from, named, "%" + wanted + "%", pageable);
        java.util.Map<Long, Gathering> byId = gatherings.findByIdIn(ids).stream()
                .collect(java.util.stream.Collectors.toMap(Gathering::getId, g -> g));
        return toInfos(ids.stream().map(byId::get).toList());
    }

    /** The cohorts whose programme the user follows, by name: id → name. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> myCohorts() {
        java.util.Map<Long, String> names = new java.util.TreeMap<>();
        cohorts.myCohortIds().forEach(id -> names.put(id, cohorts.cohortName(id)));
        return names.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue())
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue,
                        (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Transactional(readOnly = true)
    public List<GatheringInfo> forCohort(long cohortId) {
        checkCanFollow(cohortId);
        return toInfos(gatherings.findByCohortIdOrderByDateAscNumberAsc(cohortId));
    }

    /** The cohort's gatherings as number and date, oldest first, without their agendas. */
    @Transactional(readOnly = true)
    public List<GatheringDate> dates(long cohortId) {
        checkCanFollow(cohortId);
        return gatherings.datesOf(cohortId).stream().map(g -> new GatheringDate(g.getNumber(), g.getDate())).toList();
    }

    /** The cohort's gatherings and home visits together, read in one statement, for those who run the cohort. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
    public CohortCalendar calendar(long cohortId) {
        cohorts.checkCanManage(cohortId);
        List<GatheringDate> dates = new java.util.ArrayList<>();
        java.util.Map<Long, HomeVisitBrief> visits = new java.util.HashMap<>();
        for (Object[] row : gatherings.calendarOf(cohortId)) {
            java.time.LocalDate day = row[2] instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) row[2];
            if ("G".equals(String.valueOf(row[0]).strip())) {
                dates.add(new GatheringDate(((Number) row[1]).intValue(), day));
            } else {
                visits.put(((Number) row[3]).longValue(), new HomeVisitBrief(day, HomeVisitStatus.valueOf((String) row[4])));
            }
        }
        dates.sort(java.util.Comparator.comparing(GatheringDate::date).thenComparing(GatheringDate::number));
        return new CohortCalendar(List.copyOf(dates), visits);
    }

    /** The number of each of the cohort's gatherings (gathering id → number), read in one statement. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Integer> numbers(long cohortId) {
        checkCanFollow(cohortId);
        return gatherings.findNumbersByCohortId(cohortId).stream()
                .collect(java.util.stream.Collectors.toMap(GatheringRepository.NumberOf::getId,
                        GatheringRepository.NumberOf::getNumber));
    }

    /** The first gathering of the cohort today or later, if any is planned. */
    @Transactional(readOnly = true)
    public Optional<GatheringInfo> next(long cohortId) {
        LocalDate today = LocalDate.now(clock);
        return forCohort(cohortId).stream().filter(g -> !g.date().isBefore(today)).findFirst();
    }

    /** The gathering after the given one in its cohort, if planned. */
    @Transactional(readOnly = true)
    public Optional<GatheringInfo> after(long gatheringId) {
        GatheringInfo g = get(gatheringId);
        return forCohort(g.cohortId()).stream().filter(o -> o.date().isAfter(g.date())).findFirst();
    }

    @Transactional(readOnly = true)
    public GatheringInfo get(long gatheringId) {
        Gathering g = gatherings.findById(gatheringId).filter(x -> cohorts.canFollow(x.getCohortId()))
                .orElseThrow(() -> DomainException.of("gathering.error.notFound"));
        return toInfo(g);
    }

    @Transactional(readOnly = true)
    public boolean canPlan(long cohortId) {
        return cohorts.canManage(cohortId);
    }

    public GatheringInfo create(long cohortId, GatheringDraft draft) {
        cohorts.checkCanManage(cohortId);
        Gathering g = new Gathering(cohortId);
        describe(g, 0, draft);
        return toInfo(gatherings.saveAndFlush(g));
    }

    /** Saves changes made from {@code version}; a gathering changed meanwhile is not overwritten. */
    public GatheringInfo update(long gatheringId, long version, GatheringDraft draft) {
        Gathering g = gatherings.findById(gatheringId).orElseThrow(() -> DomainException.of("gathering.error.notFound"));
        cohorts.checkCanManage(g.getCohortId());
        if (g.getVersion() != version) {
            throw DomainException.of("gathering.error.changedMeanwhile");
        }
        describe(g, gatheringId, draft);
        gatherings.flush();
        return toInfo(g);
    }

    private void describe(Gathering g, long id, GatheringDraft d) {
        if (d.number() == null || d.number() < 1) {
            throw new DomainException("number", "gathering.error.number");
        }
        if (gatherings.existsByCohortIdAndNumberAndIdNot(g.getCohortId(), d.number(), id)) {
            throw new DomainException("number", "gathering.error.numberTaken", d.number());
        }
        if (d.date() == null) {
            throw new DomainException("date", "validation.required");
        }
        if (d.starts() != null && d.ends() != null && !d.ends().isAfter(d.starts())) {
            throw new DomainException("ends", "gathering.error.endsBeforeStarts");
        }
        String place = Texts.require("place", d.place(), Gathering.TEXT_MAX);
        String theme = Texts.require("theme", d.theme(), Gathering.TEXT_MAX);
        List<AgendaItem> items = new ArrayList<>();
        List<AgendaItemDraft> agenda = d.agenda() == null ? List.of() : d.agenda();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItemDraft a = agenda.get(i);
            String title = Texts.clean(a.title());
            String speaker = Texts.clean(a.speaker());
            String description = Texts.clean(a.description());
            if (title == null && speaker == null && description == null && a.starts() == null) {
                continue;
            }
            if (title == null) {
                throw new DomainException("agenda." + i + ".title", "gathering.error.agendaTitle", i + 1);
            }
            items.add(new AgendaItem(a.starts(), Texts.limit("agenda." + i + ".title", title, AgendaItem.TITLE_MAX),
                    Texts.limit("agenda." + i + ".speaker", speaker, AgendaItem.TITLE_MAX),
                    Texts.limit("agenda." + i + ".description", description, AgendaItem.DESCRIPTION_MAX)));
        }
        g.describe(d.number(), d.date(), d.starts(), d.ends(), place, theme);
        g.replaceAgenda(items);
    }

    /**
     * Many gatherings by id (id → info), those of cohorts the caller may follow, in two statements however many:
     * the gatherings with their agendas, and their cohorts' names.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, GatheringInfo> infos(java.util.Collection<Long> gatheringIds) {
        if (gatheringIds.isEmpty()) {
            return java.util.Map.of();
        }
        List<Gathering> found = gatherings.findByIdIn(java.util.Set.copyOf(gatheringIds));
        found.stream().map(Gathering::getCohortId).distinct().forEach(this::checkCanFollow);
        return toInfos(found).stream().collect(java.util.stream.Collectors.toMap(GatheringInfo::id, g -> g));
    }

    /** Gatherings read with their agendas; their cohorts' names in one statement. */
    private List<GatheringInfo> toInfos(List<Gathering> list) {
        java.util.Map<Long, String> names = cohorts.cohortNames(list.stream().map(Gathering::getCohortId).toList());
        return list.stream().map(g -> toInfo(g, names.getOrDefault(g.getCohortId(), ""))).toList();
    }

    private GatheringInfo toInfo(Gathering g) {
        return toInfo(g, cohorts.cohortName(g.getCohortId()));
    }

    private static GatheringInfo toInfo(Gathering g, String cohortName) {
        return new GatheringInfo(g.getId(), g.getVersion(), g.getCohortId(), cohortName,
                g.getNumber(), g.getDate(), g.getStarts(), g.getEnds(), g.getPlace(), g.getTheme(),
                g.getAgenda().stream().map(a -> new AgendaItemDraft(a.getStarts(), a.getTitle(), a.getSpeaker(),
                        a.getDescription())).toList());
    }

    private void checkCanFollow(long cohortId) {
        if (!cohorts.canFollow(cohortId)) {
            throw DomainException.of("gathering.error.notFound");
        }
    }
}
