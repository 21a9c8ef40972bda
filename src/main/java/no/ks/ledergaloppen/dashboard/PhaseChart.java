package no.ks.ledergaloppen.dashboard;

import java.util.List;
import java.util.Map;
import no.ks.ledergaloppen.base.svg.SvgWriter;
import no.ks.ledergaloppen.roadmap.Phase;

/**
 * Stacked bars, one per gathering held and one for today, of how many municipalities were in each
 * phase; phase 1 at the bottom. Every segment carries its number and every phase is in the legend by
 * name and number, so colour is never the only signal. The caller supplies the texts in the user's language.
 */
public final class PhaseChart {

    /** The texts of a chart: its title and description, a name per phase, a label per bar (two lines). */
    public record Texts(String title, String description, Map<Phase, String> phaseNames, List<String[]> barLabels,
                        String countUnit) {
    }

    private static final double WIDTH = 640;
    private static final double TOP = 16;
    private static final double LEFT = 40;
    private static final double PLOT_HEIGHT = 220;
    private static final double BAR = 56;
    private static final double LEGEND_ROW = 22;
    private static final String INK = "#1f2a37";
    private static final String GRID = "#c8d0da";

    private PhaseChart() {
    }

    public static String svg(List<PhaseSnapshot> snapshots, Texts texts) {
        int max = Math.max(1, snapshots.stream().mapToInt(PhaseSnapshot::total).max().orElse(1));
        double unit = PLOT_HEIGHT / max;
        double baseline = TOP + PLOT_HEIGHT;
        double legendTop = baseline + 52;
        double height = legendTop + LEGEND_ROW * 3 + 8;
        double slot = (WIDTH - LEFT - 16) / Math.max(1, snapshots.size());
        SvgWriter svg = SvgWriter.start(WIDTH, height, texts.title(), texts.description());

        svg.group("axis");
        int step = max <= 10 ? 1 : (int) Math.ceil(max / 10.0);
        for (int v = 0; v <= max; v += step) {
            double y = baseline - v * unit;
            svg.line(LEFT, y, WIDTH - 16, y, GRID, v == 0 ? 1.5 : 0.75, v == 0 ? null : "3 3");
            svg.text(LEFT - 6, y + 4, String.valueOf(v), "end", 11, INK);
        }
        svg.end();

        for (int i = 0; i < snapshots.size(); i++) {
            PhaseSnapshot s = snapshots.get(i);
            double x = LEFT + i * slot + (slot - BAR) / 2;
            double y = baseline;
            svg.group("bar");
            for (Phase p : Phase.values()) {
                int n = s.counts().getOrDefault(p, 0);
                if (n == 0) {
                    continue;
                }
                double h = n * unit;
                y -= h;
                String[] label = texts.barLabels().get(i);
                svg.rect(x, y, BAR, h - 1, PhasePalette.colour(p),
                        label[0] + ": " + n + " " + texts.countUnit() + " – " + p.number() + " " + texts.phaseNames().get(p));
                if (h >= 14) {
                    svg.text(x + BAR / 2, y + h / 2 + 4, p.number() + ": " + n, "middle", 11, "#ffffff");
                }
            }
            String[] label = texts.barLabels().get(i);
            svg.text(x + BAR / 2, baseline + 18, label[0], "middle", 12, INK);
            svg.text(x + BAR / 2, baseline + 33, label.length > 1 ? label[1] : "", "middle", 11, INK);
            svg.end();
        }

        svg.group("legend");
        for (Phase p : Phase.values()) {
            int col = p.ordinal() % 2;
            int row = p.ordinal() / 2;
            double x = LEFT + col * 290;
            double y = legendTop + row * LEGEND_ROW;
            svg.rect(x, y, 14, 14, PhasePalette.colour(p), null);
            svg.text(x + 20, y + 12, p.number() + " " + texts.phaseNames().get(p), "start", 12, INK);
        }
        svg.end();
        return svg.finish();
    }
}
