package no.ks.ledergaloppen.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.assessment.Assessment;
import no.ks.ledergaloppen.assessment.AssessmentService;
import no.ks.ledergaloppen.assignment.AssignmentProgressService;
import no.ks.ledergaloppen.assignment.MunicipalityAssignments;
import no.ks.ledergaloppen.gathering.GatheringInfo;
import no.ks.ledergaloppen.gathering.GatheringService;
import no.ks.ledergaloppen.innovationcase.CaseService;
import no.ks.ledergaloppen.innovationcase.CaseSummary;
import no.ks.ledergaloppen.innovationcase.PhaseMoveInfo;
import no.ks.ledergaloppen.innovationcase.PhaseService;
import no.ks.ledergaloppen.innovationcase.StepTickInfo;
import no.ks.ledergaloppen.innovationcase.domain.CaseAudit;
import no.ks.ledergaloppen.innovationcase.domain.CaseAuditRepository;
import no.ks.ledergaloppen.learning.BltService;
import no.ks.ledergaloppen.learning.JournalService;
import no.ks.ledergaloppen.roadmap.Phase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** The story the demo tells, as the facilitator Kari reads it the day the demo was created. */
@ServiceTest
class DemoStoryTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Autowired
    CaseService cases;
    @Autowired
    PhaseService phases;
    @Autowired
    AssessmentService assessments;
    @Autowired
    BltService blt;
    @Autowired
    JournalService journal;
    @Autowired
    GatheringService gatherings;
    @Autowired
    AssignmentProgressService progress;
    /** The dashboard's "last activity" reads the case audit, which no service shows. */
    @Autowired
    CaseAuditRepository audits;
    @Autowired
    Clock clock;
    @Autowired
    TestLogin login;

    @BeforeEach
    void asKari() {
        login.as("kari");
    }

    @Test
    void every_case_entered_its_phase_at_its_own_time_and_none_today() {
        List<CaseSummary> west = cohort("Pilot i vest");
        assertThat(west).hasSize(5);
        LocalDate today = LocalDate.now(clock);
        assertThat(west).allSatisfy(c -> assertThat(LocalDate.ofInstant(c.phaseSince(), OSLO)).isBefore(today));
        assertThat(west.stream().map(CaseSummary::phaseSince).distinct()).hasSize(5);
        assertThat(west.stream().map(c -> Duration.between(c.phaseSince(), clock.instant()).toDays()).distinct())
                .hasSize(5);
    }

    @Test
    void the_phase_chart_shows_movement_gathering_by_gathering() {
        List<CaseSummary> west = cohort("Pilot i vest");
        List<GatheringInfo> held = gatherings.forCohort(west.getFirst().cohortId());
        Map<Phase, Long> first = phasesAt(west, endOf(held.get(0).date()));
        Map<Phase, Long> second = phasesAt(west, endOf(held.get(1).date()));
        Map<Phase, Long> now = phasesAt(west, clock.instant());
        assertThat(first).containsExactly(Map.entry(Phase.ANCHORING, 5L));
        assertThat(second).hasSizeGreaterThanOrEqualTo(3);
        assertThat(now).hasSizeGreaterThanOrEqualTo(4).isNotEqualTo(second);
        assertThat(phaseOf(west, "Haugesund kommune")).isEqualTo(Phase.TESTING);
        assertThat(phases.history(idOf(west, "Kvam herad")).getFirst())
                .satisfies(m -> assertThat(m.back()).isTrue())
                .satisfies(m -> assertThat(m.reason()).isNotBlank());
        assertThat(List.of(phaseOf(west, "Kvam herad"), phaseOf(west, "Klepp kommune")))
                .allMatch(p -> p == Phase.ANCHORING || p == Phase.INSIGHT);
    }

    @Test
    void tysvaer_has_shown_no_sign_of_life_for_about_a_month() {
        List<CaseSummary> west = cohort("Pilot i vest");
        CaseSummary tysvaer = west.stream().filter(c -> c.municipalityName().equals("Tysvær kommune"))
                .findFirst().orElseThrow();
        Instant answered = progress.byMunicipality(tysvaer.cohortId()).get(tysvaer.municipalityId()).lastAnswerSaved();
        Instant newest = Stream.concat(moments(tysvaer.id()).stream(), Stream.of(answered))
                .max(Comparator.naturalOrder()).orElseThrow();
        assertThat(daysAgo(newest)).isBetween(30L, 35L);
        assertThat(daysAgo(audits.findByCaseIdOrderByHappenedAtDescIdDesc(tysvaer.id()).getFirst().getHappenedAt()))
                .isBetween(30L, 35L);
        for (CaseSummary other : west) {
            if (other != tysvaer) {
                assertThat(moments(other.id()).stream().max(Comparator.naturalOrder()).map(this::daysAgo).orElseThrow())
                        .as(other.municipalityName()).isLessThan(21L);
            }
        }
    }

    @Test
    void exactly_one_case_has_a_zero_in_its_latest_assessment_and_the_others_mended_theirs() {
        List<CaseSummary> west = cohort("Pilot i vest");
        List<String> zeroNow = west.stream()
                .filter(c -> !assessments.latest(c.id()).orElseThrow().zeros().isEmpty())
                .map(CaseSummary::municipalityName).toList();
        assertThat(zeroNow).hasSize(1);
        assertThat(west.stream().filter(c -> !zeroNow.contains(c.municipalityName()))
                .filter(c -> assessments.history(c.id()).stream().anyMatch(a -> !a.zeros().isEmpty())))
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void an_assignment_is_past_due_and_not_handed_in() {
        List<CaseSummary> west = cohort("Pilot i vest");
        Map<Long, MunicipalityAssignments> byMunicipality = progress.byMunicipality(west.getFirst().cohortId());
        MunicipalityAssignments klepp = byMunicipality.get(municipalityOf(west, "Klepp kommune"));
        assertThat(klepp.overdue()).isPositive();
        assertThat(klepp.handedIn()).isZero();
        MunicipalityAssignments haugesund = byMunicipality.get(municipalityOf(west, "Haugesund kommune"));
        assertThat(haugesund.overdue()).isZero();
        assertThat(haugesund.approved()).isPositive();
    }

    @Test
    void nothing_is_dated_after_now() {
        Instant now = clock.instant();
        List<CaseSummary> all = cases.page(Pageable.unpaged()).getContent();
        assertThat(all).hasSize(12); // the programme's eleven, and the one Haugesund made from an idea
        for (CaseSummary c : all) {
            assertThat(c.phaseSince()).isBeforeOrEqualTo(now);
            assertThat(moments(c.id())).allSatisfy(m -> assertThat(m).as(c.municipalityName()).isBeforeOrEqualTo(now));
            assertThat(audits.findByCaseIdOrderByHappenedAtDescIdDesc(c.id())).extracting(CaseAudit::getHappenedAt)
                    .allSatisfy(m -> assertThat(m).isBeforeOrEqualTo(now));
            assertThat(assessments.history(c.id())).extracting(Assessment::assessedOn)
                    .allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(LocalDate.now(clock)));
        }
        all.stream().map(CaseSummary::cohortId).distinct().forEach(cohort -> assertThat(progress.byMunicipality(cohort)
                .values()).extracting(MunicipalityAssignments::lastAnswerSaved).filteredOn(Objects::nonNull)
                .allSatisfy(m -> assertThat(m).isBeforeOrEqualTo(now)));
    }

    /** Every moment a service shows for the case: moves, ticks, BLT rounds, journal, description. */
    private List<Instant> moments(long caseId) {
        List<Instant> all = new ArrayList<>();
        phases.history(caseId).forEach(m -> all.add(m.movedAt()));
        phases.ticks(caseId).values().stream().map(StepTickInfo::tickedAt).forEach(all::add);
        blt.rounds(caseId).forEach(r -> {
            all.add(r.createdAt());
            all.add(r.updatedAt());
        });
        journal.entries(caseId).forEach(e -> {
            all.add(e.writtenAt());
            e.comments().forEach(c -> all.add(c.writtenAt()));
        });
        all.add(cases.details(caseId).updatedAt());
        return all;
    }

    private Map<Phase, Long> phasesAt(List<CaseSummary> cohort, Instant moment) {
        Map<Phase, Long> count = new EnumMap<>(Phase.class);
        for (CaseSummary c : cohort) {
            phases.history(c.id()).stream().filter(m -> !m.movedAt().isAfter(moment)).findFirst()
                    .map(PhaseMoveInfo::to).ifPresent(p -> count.merge(p, 1L, Long::sum));
        }
        return count;
    }

    /** The cohort's programme cases: each municipality's first (Haugesund has since made one of an idea). */
    private List<CaseSummary> cohort(String name) {
        return cases.page(Pageable.unpaged()).stream().filter(c -> c.cohortName().equals(name))
                .collect(java.util.stream.Collectors.toMap(CaseSummary::municipalityId, c -> c,
                        (a, b) -> a.id() < b.id() ? a : b, java.util.LinkedHashMap::new))
                .values().stream().toList();
    }

    private Phase phaseOf(List<CaseSummary> cohort, String municipality) {
        return cases.details(idOf(cohort, municipality)).summary().phase();
    }

    private static long idOf(List<CaseSummary> cohort, String municipality) {
        return cohort.stream().filter(c -> c.municipalityName().equals(municipality)).findFirst().orElseThrow().id();
    }

    private static long municipalityOf(List<CaseSummary> cohort, String municipality) {
        return cohort.stream().filter(c -> c.municipalityName().equals(municipality)).findFirst().orElseThrow()
                .municipalityId();
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(OSLO).toInstant();
    }

    private long daysAgo(Instant moment) {
        return Duration.between(moment, clock.instant()).toDays();
    }
}
