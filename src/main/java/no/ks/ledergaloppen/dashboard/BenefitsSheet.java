package no.ks.ledergaloppen.dashboard;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.ks.ledergaloppen.benefits.IndicatorLine;

/**
 * The export's benefits sheet: one row per active indicator, with its municipality and case, its baseline and
 * target, its latest measurement and its status in words, in the dashboard's order of municipalities.
 */
final class BenefitsSheet {

    private BenefitsSheet() {
    }

    static ExportTable of(CohortDashboard d, List<IndicatorLine> lines, Function<String, String> t) {
        ExportTable table = new ExportTable(t.apply("export.sheet.benefits"), t.apply("dashboard.col.municipality"),
                t.apply("export.col.case"), t.apply("export.col.indicator"), t.apply("export.col.unit"),
                t.apply("export.col.baseline"), t.apply("export.col.baselineDate"), t.apply("export.col.target"),
                t.apply("export.col.targetDate"), t.apply("export.col.latestValue"), t.apply("export.col.latestDate"),
                t.apply("export.col.status"));
        Map<Long, Integer> order = new HashMap<>();
        Map<Long, DashboardRow> rowOf = new HashMap<>();
        for (DashboardRow r : d.rows()) {
            if (r.caseId() != null) {
                order.put(r.caseId(), order.size());
                rowOf.put(r.caseId(), r);
            }
        }
        lines.stream().filter(l -> rowOf.containsKey(l.caseId()))
                .sorted(Comparator.comparing((IndicatorLine l) -> order.get(l.caseId()))
                        .thenComparing(IndicatorLine::indicatorId))
                .forEach(l -> table.add(rowOf.get(l.caseId()).municipality(), rowOf.get(l.caseId()).caseTitle(), l.name(),
                        l.unit(), plain(l.plan().baselineValue()), l.plan().baselineDate(), plain(l.plan().targetValue()),
                        l.plan().targetDate(), plain(l.latestValue()), l.latestOn(), t.apply("benefits.status." + l.status().name())));
        return table;
    }

    /** 40 rather than 40.0000 (the database keeps four decimals). */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
