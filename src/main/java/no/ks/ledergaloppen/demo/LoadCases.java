package no.ks.ledergaloppen.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.ks.ledergaloppen.benefits.BenefitDraft;
import no.ks.ledergaloppen.benefits.BenefitType;
import no.ks.ledergaloppen.benefits.BenefitsService;
import no.ks.ledergaloppen.benefits.Direction;
import no.ks.ledergaloppen.benefits.Frequency;
import no.ks.ledergaloppen.benefits.IndicatorDraft;
import no.ks.ledergaloppen.benefits.MeasurementDraft;
import no.ks.ledergaloppen.innovationcase.PhaseService;
import no.ks.ledergaloppen.roadmap.Phase;
import no.ks.ledergaloppen.roadmap.PhaseGuide;
import no.ks.ledergaloppen.roadmap.RoadmapService;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where each generated case stands: its phase (spread over the six, moved there through {@code PhaseService}), the
 * steps ticked (every step of the phases behind it, about half of its own), answers (drafts and submissions, in
 * batches), and for every third case a benefit indicator with twelve monthly figures (through
 * {@code BenefitsService}).
 */
@Component
@Profile("loaddata & !demo")
class LoadCases {

    private static final String REASON = "Generert for lasttest";

    private final PhaseService phases;
    private final RoadmapService roadmap;
    private final BenefitsService benefits;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    LoadCases(PhaseService phases, RoadmapService roadmap, BenefitsService benefits, JdbcTemplate jdbc, Clock clock) {
        this.phases = phases;
        this.roadmap = roadmap;
        this.benefits = benefits;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void progress(int c, long cohortId, Map<Integer, Long> municipalityIds, LoadPeople.Ids people, long group,
                  long individual) {
        List<PhaseGuide> guide = roadmap.roadmap();
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> ticks = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        municipalityIds.forEach((m, municipalityId) -> {
            long caseId = jdbc.queryForObject("select id from innovation_case where cohort_id = ? and municipality_id = ?",
                    Long.class, cohortId, municipalityId);
            Phase phase = Phase.values()[(c + m) % Phase.values().length];
            if (phase != Phase.ANCHORING) {
                phases.move(caseId, phase, REASON, true);
            }
            long leader = people.of(LoadPeople.participant(c, m, 1));
            guide.stream().filter(g -> g.phase() == phase || g.phase().isBefore(phase)).forEach(g -> {
                int count = g.phase() == phase ? g.steps().size() / 2 : g.steps().size();
                g.steps().stream().limit(count).forEach(s -> ticks.add(new Object[] {caseId, s.id(), leader, now}));
            });
            answers(c, m, municipalityId, people, group, individual, now, answers);
            if (((c - 1) * LoadData.MUNICIPALITIES + m) % 3 == 0) {
                benefit(caseId);
            }
        });
        jdbc.batchUpdate("insert into case_step_tick (version, case_id, step_id, ticked_by, ticked_at)"
                + " values (0, ?, ?, ?, ?)", ticks);
        jdbc.batchUpdate("insert into answer (version, assignment_id, municipality_id, participant_id, owner_key, body,"
                + " status, updated_by, updated_at, submitted_by, submitted_at) values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                answers);
    }

    /** Half the municipalities have a group draft, a quarter have handed in; the first two of each group have
     * written alone, the second has handed in. */
    private static void answers(int c, int m, long municipalityId, LoadPeople.Ids people, long group, long individual,
                                Timestamp now, List<Object[]> rows) {
        long leader = people.of(LoadPeople.participant(c, m, 1));
        if (m % 2 == 1) {
            rows.add(answer(group, municipalityId, null, "M" + municipalityId, "Utkast fra ledergruppen.", "DRAFT",
                    leader, now));
        } else if (m % 4 == 2) {
            rows.add(answer(group, municipalityId, null, "M" + municipalityId, "Vårt svar.", "SUBMITTED", leader, now));
        }
        for (int p = 1; p <= 2; p++) {
            long user = people.of(LoadPeople.participant(c, m, p));
            rows.add(answer(individual, municipalityId, user, "U" + user, "Mine tanker så langt.",
                    p == 1 ? "DRAFT" : "SUBMITTED", user, now));
        }
    }

    private static Object[] answer(long assignment, long municipality, Long participant, String owner, String body,
                                   String status, long by, Timestamp at) {
        boolean submitted = status.equals("SUBMITTED");
        return new Object[] {assignment, municipality, participant, owner, body, status, by, at,
            submitted ? by : null, submitted ? at : null};
    }

    private void benefit(long caseId) {
        LocalDate today = LocalDate.now(clock);
        long benefitId = benefits.addBenefit(caseId, new BenefitDraft("Færre timer brukt på manuell saksbehandling",
                BenefitType.TIME_SAVED, "Kari Last", "Kommunalsjef", null)).id();
        long indicatorId = benefits.addIndicator(benefitId, new IndicatorDraft("Timer per uke", "timer",
                Direction.LOWER_IS_BETTER, new BigDecimal("40"), today.minusMonths(13), new BigDecimal("25"),
                today.plusMonths(12), Frequency.MONTHLY)).id();
        List<MeasurementDraft> rows = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            rows.add(new MeasurementDraft(today.minusMonths(i), new BigDecimal(40 - (12 - i)), null));
        }
        benefits.importMeasurements(indicatorId, rows);
    }
}
