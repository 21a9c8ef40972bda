package no.ks.ledergaloppen.benefits;

import java.util.List;
import no.ks.ledergaloppen.base.svg.SvgWriter;

/**
 * The indicator chart's colours, its point shapes (one per status, so colour is never the only signal)
 * and its legend, which names every line and shape: two columns in a wide chart, one in a narrow one.
 */
final class IndicatorChartLegend {

    static final String INK = "#1f2a37";
    static final String GRID = "#dde3ea";
    static final String LINE = "#1f5f99";
    static final String BASELINE = "#6b7280";
    static final String TARGET = "#2e7d32";
    static final String PLAN = "#8a5a00";
    static final String ON_TRACK = "#1f5f99";
    static final String BEHIND = "#b3261e";
    static final String REACHED = "#2e7d32";
    private static final double ROW = 22;
    private static final IndicatorStatus[] SHOWN = {IndicatorStatus.ON_TRACK, IndicatorStatus.BEHIND,
            IndicatorStatus.REACHED};

    private final IndicatorChart.Texts texts;
    private final int columns;
    private final double columnWidth;

    IndicatorChartLegend(IndicatorChart.Texts texts, double width) {
        this.texts = texts;
        this.columns = width >= 560 ? 2 : 1;
        this.columnWidth = (width - 24) / columns;
    }

    double height() {
        return Math.ceil(7.0 / columns) * ROW + 8;
    }

    void draw(SvgWriter svg, double left, double top) {
        svg.group("legend");
        int item = 0;
        double[] at = position(left, top, item++);
        svg.line(at[0], at[1] - 4, at[0] + 24, at[1] - 4, LINE, 2, null);
        label(svg, at, texts.measurements());
        at = position(left, top, item++);
        svg.line(at[0], at[1] - 4, at[0] + 24, at[1] - 4, BASELINE, 1.5, "2 3");
        label(svg, at, texts.baseline());
        at = position(left, top, item++);
        svg.line(at[0], at[1] - 4, at[0] + 24, at[1] - 4, TARGET, 2, null);
        label(svg, at, texts.target());
        at = position(left, top, item++);
        svg.line(at[0], at[1] - 4, at[0] + 24, at[1] - 4, PLAN, 1.5, "6 4");
        label(svg, at, texts.plan());
        for (IndicatorStatus status : SHOWN) {
            at = position(left, top, item++);
            marker(svg, status, at[0] + 12, at[1] - 4, 5, null);
            label(svg, at, texts.statusNames().get(status));
        }
        svg.end();
    }

    private double[] position(double left, double top, int item) {
        return new double[] {left + (item % columns) * columnWidth, top + (item / columns) * ROW + 12};
    }

    private static void label(SvgWriter svg, double[] at, String text) {
        svg.text(at[0] + 32, at[1], text, "start", 12, INK);
    }

    /** A point of the given status: a circle on track, a triangle pointing down behind, a diamond reached. */
    static void marker(SvgWriter svg, IndicatorStatus status, double x, double y, double r, String tooltip) {
        switch (status) {
            case BEHIND -> svg.polygon(List.of(new double[] {x - r * 1.2, y - r}, new double[] {x + r * 1.2, y - r},
                    new double[] {x, y + r * 1.2}), BEHIND, tooltip);
            case REACHED -> svg.polygon(List.of(new double[] {x, y - r * 1.4}, new double[] {x + r * 1.4, y},
                    new double[] {x, y + r * 1.4}, new double[] {x - r * 1.4, y}), REACHED, tooltip);
            case ON_TRACK -> svg.circle(x, y, r, ON_TRACK, tooltip);
            case NOT_MEASURED -> svg.circle(x, y, r, BASELINE, tooltip);
        }
    }
}
