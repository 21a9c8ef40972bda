package no.ks.ledergaloppen.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the one-statement read of each indicator's latest measurement into a status line per case. */
final class StatusRows {

    private StatusRows() {
    }

    private record Tally(int indicators, int behind, int onTrack, int reached, IndicatorStatus latest,
                         LocalDate latestOn) {

        Tally add(IndicatorStatus status, LocalDate on) {
            boolean newer = on != null && (latestOn == null || on.isAfter(latestOn));
            return new Tally(indicators + 1, behind + (status == IndicatorStatus.BEHIND ? 1 : 0),
                    onTrack + (status == IndicatorStatus.ON_TRACK ? 1 : 0),
                    reached + (status == IndicatorStatus.REACHED ? 1 : 0),
                    newer ? status : latest, newer ? on : latestOn);
        }
    }

    /** Case id → its status line, for every case that has at least one active indicator. */
    static Map<Long, BenefitsStatus> summarise(List<Object[]> rows) {
        Map<Long, Tally> tallies = new HashMap<>();
        for (Object[] r : rows) {
            long caseId = ((Number) r[0]).longValue();
            IndicatorPlan plan = plan(r);
            LocalDate on = date(r[6]);
            IndicatorStatus status = on == null ? IndicatorStatus.NOT_MEASURED : plan.statusOf(on, decimal(r[7]));
            tallies.merge(caseId, new Tally(0, 0, 0, 0, null, null).add(status, on), StatusRows::combine);
        }
        Map<Long, BenefitsStatus> result = new HashMap<>();
        tallies.forEach((id, t) -> result.put(id, new BenefitsStatus(id, t.indicators(), t.behind(), t.onTrack(),
                t.reached(), t.latest(), t.latestOn())));
        return result;
    }

    /** Each row as an indicator line with its latest measurement and its status by it. */
    static List<IndicatorLine> lines(List<Object[]> rows) {
        return rows.stream().map(r -> {
            IndicatorPlan plan = plan(r);
            LocalDate on = date(r[6]);
            BigDecimal value = decimal(r[7]);
            return new IndicatorLine(((Number) r[0]).longValue(), ((Number) r[8]).longValue(), (String) r[9],
                    (String) r[10], plan, on, value, on == null ? IndicatorStatus.NOT_MEASURED : plan.statusOf(on, value));
        }).toList();
    }

    private static IndicatorPlan plan(Object[] r) {
        return new IndicatorPlan(Direction.valueOf((String) r[1]), decimal(r[2]), date(r[3]), decimal(r[4]), date(r[5]));
    }

    private static Tally combine(Tally a, Tally b) {
        boolean newer = b.latestOn() != null && (a.latestOn() == null || b.latestOn().isAfter(a.latestOn()));
        return new Tally(a.indicators() + b.indicators(), a.behind() + b.behind(), a.onTrack() + b.onTrack(),
                a.reached() + b.reached(), newer ? b.latest() : a.latest(), newer ? b.latestOn() : a.latestOn());
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate d -> d;
            case java.sql.Date d -> d.toLocalDate();
            default -> LocalDate.parse(value.toString());
        };
    }
}
