package no.ks.ledergaloppen.assessment;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.base.svg.SvgWriter;

/**
 * The five-foundations trend as an SVG line chart: the product as a share of the best possible, one point
 * per assessment in date order, each point with its number written beside it. The same chart is shown on
 * the foundations tab and in the case report; the numbers are always also given in a table next to it.
 */
public final class TrendChart {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final double WIDTH = 600;
    private static final double HEIGHT = 230;
    private static final double LEFT = 52;
    private static final double RIGHT = 36;
    private static final double TOP = 24;
    private static final double BOTTOM = 36;
    private static final String LINE = "#1f5f99";
    private static final String ZERO = "#b3261e";
    private static final String GRID = "#d5dbe3";
    private static final String LABEL = "#4a5563";

    private TrendChart() {
    }

    /** The chart; {@code title} names it, and the description lists every point's date and value. */
    public static String svg(List<Assessment> history, String title, Locale locale) {
        SvgWriter svg = SvgWriter.start(WIDTH, HEIGHT, title, describe(history, locale));
        double plotHeight = HEIGHT - TOP - BOTTOM;
        svg.group("grid");
        for (int pct = 0; pct <= 100; pct += 25) {
            double y = TOP + plotHeight * (1 - pct / 100.0);
            svg.line(LEFT, y, WIDTH - RIGHT, y, GRID, pct == 0 ? 1.2 : 0.8, pct == 0 ? null : "3 3");
            svg.text(LEFT - 8, y + 4, percent(pct, locale), "end", 11, LABEL);
        }
        svg.end();
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            points.add(new double[] {x(i, history.size()), TOP + plotHeight * (1 - history.get(i).percentage() / 100)});
        }
        svg.group("trend");
        if (points.size() > 1) {
            svg.polyline(points, LINE, 2.5, null);
        }
        for (int i = 0; i < history.size(); i++) {
            Assessment a = history.get(i);
            double[] p = points.get(i);
            String value = percent(a.percentage(), locale);
            String colour = a.product() == 0 ? ZERO : LINE;
            svg.circle(p[0], p[1], 5, colour, DATE.format(a.assessedOn()) + ": " + value);
            svg.text(p[0], p[1] - 10, value, "middle", 12, colour);
            svg.text(p[0], HEIGHT - BOTTOM + 20, DATE.format(a.assessedOn()), "middle", 11, LABEL);
        }
        return svg.end().finish();
    }

    /** Every point in words, for the chart's description (what a screen reader says). */
    public static String describe(List<Assessment> history, Locale locale) {
        return history.stream().map(a -> DATE.format(a.assessedOn()) + ": " + percent(a.percentage(), locale))
                .collect(Collectors.joining("; "));
    }

    /** A share as people write it in the language: "18,4 %" in Norwegian, "18.4%" in English. */
    public static String percent(double value, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        number.setMinimumFractionDigits(0);
        String digits = number.format(value);
        return "en".equals(locale.getLanguage()) ? digits + "%" : digits + "\u00a0%";
    }

    private static double x(int index, int count) {
        double plotWidth = WIDTH - LEFT - RIGHT - 40;
        return count == 1 ? LEFT + 20 + plotWidth / 2 : LEFT + 20 + plotWidth * index / (count - 1);
    }
}
