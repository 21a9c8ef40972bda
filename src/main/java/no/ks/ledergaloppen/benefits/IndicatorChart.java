package no.ks.ledergaloppen.benefits;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import no.ks.ledergaloppen.base.Decimals;
import no.ks.ledergaloppen.base.svg.SvgWriter;
import no.ks.ledergaloppen.benefits.ChartScales.TimeScale;
import no.ks.ledergaloppen.benefits.ChartScales.ValueScale;

/**
 * One result indicator as an SVG line chart, for the benefits page and the case report alike: the
 * measurements over time (points joined by a line), the baseline and the target as horizontal lines, and
 * the plan (the straight line from baseline to target) dashed. Each point's status is shown by its shape
 * (circle on track, triangle behind, diamond reached) as well as its colour, and a legend under the plot
 * names every line and shape. Elements carry classes ({@code measurement} with {@code data-date} and
 * {@code data-value}, {@code baseline}, {@code target}, {@code plan}) so tests and styles can find them.
 */
public final class IndicatorChart {

    /**
     * The chart's words in the reader's language. {@code summary} is a pattern for the description: {0} the
     * latest measurement's date, {1} its value, {2} its status, {3} the target, {4} the target date, {5} the
     * number of measurements; {@code noMeasurements} has {0} the baseline, {1} the target, {2} the target date.
     */
    public record Texts(String title, String summary, String noMeasurements, String measurements, String baseline,
                        String target, String plan, Map<IndicatorStatus, String> statusNames) {

        /** The texts from the {@code benefits.chart.*} translations, read raw (unformatted) through {@code translate}. */
        public static Texts of(String title, UnaryOperator<String> translate) {
            Map<IndicatorStatus, String> names = new EnumMap<>(IndicatorStatus.class);
            for (IndicatorStatus s : IndicatorStatus.values()) {
                names.put(s, translate.apply("benefits.chart.status." + s.name()));
            }
            return new Texts(title, translate.apply("benefits.chart.summary"),
                    translate.apply("benefits.chart.noMeasurements"), translate.apply("benefits.chart.measurements"),
                    translate.apply("benefits.chart.baseline"), translate.apply("benefits.chart.target"),
                    translate.apply("benefits.chart.plan"), names);
        }
    }

    public static final double DEFAULT_WIDTH = 640;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final double TOP = 20;
    private static final double RIGHT = 44;
    private static final double PLOT_HEIGHT = 220;

    private IndicatorChart() {
    }

    /** The chart at its usual width (640 px). */
    public static String svg(IndicatorView indicator, Texts texts, Locale locale) {
        return svg(indicator, texts, locale, DEFAULT_WIDTH);
    }

    /** The chart at {@code width} px (at least 320): a narrow one labels fewer dates and stacks its legend. */
    public static String svg(IndicatorView indicator, Texts texts, Locale locale, double width) {
        double w = Math.max(320, width);
        List<MeasurementPoint> points = indicator.measurements().stream()
                .sorted(Comparator.comparing(MeasurementPoint::date)).toList();
        ValueScale values = ValueScale.covering(allValues(indicator, points));
        TimeScale time = TimeScale.covering(allDates(indicator, points));
        double left = 16 + 7 * values.ticks().stream().mapToInt(v -> Decimals.format(v, locale).length()).max().orElse(1);
        Plot plot = new Plot(left, TOP, w - left - RIGHT, PLOT_HEIGHT, values, time);
        IndicatorChartLegend legend = new IndicatorChartLegend(texts, w);
        SvgWriter svg = SvgWriter.start(w, TOP + PLOT_HEIGHT + 36 + legend.height(), texts.title(),
                describe(indicator, texts, locale));
        axes(svg, plot, locale);
        references(svg, plot, indicator, texts, locale);
        measurements(svg, plot, points, indicator.unit(), texts, locale);
        legend.draw(svg, 12, TOP + PLOT_HEIGHT + 40);
        return svg.finish();
    }

    /** What the chart shows in one or two sentences: the latest value and its status, or that nothing is measured yet. */
    public static String describe(IndicatorView indicator, Texts texts, Locale locale) {
        String target = valueText(indicator.targetValue(), indicator.unit(), locale);
        String targetDate = DATE.format(indicator.targetDate());
        if (indicator.measurements().isEmpty()) {
            return format(texts.noMeasurements(), locale,
                    valueText(indicator.baselineValue(), indicator.unit(), locale), target, targetDate);
        }
        MeasurementPoint latest = indicator.measurements().stream().max(Comparator.comparing(MeasurementPoint::date))
                .orElseThrow();
        return format(texts.summary(), locale, DATE.format(latest.date()),
                valueText(latest.value(), indicator.unit(), locale), texts.statusNames().get(latest.status()), target,
                targetDate, String.valueOf(indicator.measurements().size()));
    }

    /** A value as the reader writes it, with the unit after a non-breaking space: "1 234,5 timer". */
    public static String valueText(BigDecimal value, String unit, Locale locale) {
        String number = Decimals.format(value, locale);
        return unit == null || unit.isBlank() ? number : number + "\u00a0" + unit.strip();
    }

    private static String format(String pattern, Locale locale, Object... args) {
        return new MessageFormat(pattern, locale).format(args);
    }

    private static List<BigDecimal> allValues(IndicatorView indicator, List<MeasurementPoint> points) {
        List<BigDecimal> all = new ArrayList<>(List.of(indicator.baselineValue(), indicator.targetValue()));
        points.forEach(p -> all.add(p.value()));
        return all;
    }

    private static List<LocalDate> allDates(IndicatorView indicator, List<MeasurementPoint> points) {
        List<LocalDate> all = new ArrayList<>(List.of(indicator.baselineDate(), indicator.targetDate()));
        points.forEach(p -> all.add(p.date()));
        return all;
    }

    private static void axes(SvgWriter svg, Plot plot, Locale locale) {
        svg.group("value-axis");
        for (BigDecimal v : plot.values().ticks()) {
            double y = plot.y(v);
            svg.line(plot.left(), y, plot.right(), y, IndicatorChartLegend.GRID, 0.75, null);
            svg.text(plot.left() - 6, y + 4, Decimals.format(v, locale), "end", 11, IndicatorChartLegend.INK);
        }
        svg.end().group("time-axis");
        svg.line(plot.left(), plot.bottom(), plot.right(), plot.bottom(), IndicatorChartLegend.INK, 1, null);
        for (LocalDate d : plot.time().ticks(Math.max(2, (int) (plot.width() / 96)))) {
            double x = plot.x(d);
            svg.line(x, plot.bottom(), x, plot.bottom() + 4, IndicatorChartLegend.INK, 1, null);
            svg.text(x, plot.bottom() + 18, DATE.format(d), "middle", 11, IndicatorChartLegend.INK);
        }
        svg.end();
    }

    private static void references(SvgWriter svg, Plot plot, IndicatorView indicator, Texts texts, Locale locale) {
        double base = plot.y(indicator.baselineValue());
        double goal = plot.y(indicator.targetValue());
        svg.group("baseline", "data-value", indicator.baselineValue().toPlainString());
        svg.line(plot.left(), base, plot.right(), base, IndicatorChartLegend.BASELINE, 1.5, "2 3");
        svg.text(plot.left() + 4, labelY(plot, base, goal), texts.baseline() + " "
                + valueText(indicator.baselineValue(), indicator.unit(), locale), "start", 11, IndicatorChartLegend.INK);
        svg.end().group("target", "data-value", indicator.targetValue().toPlainString());
        svg.line(plot.left(), goal, plot.right(), goal, IndicatorChartLegend.TARGET, 2, null);
        svg.text(plot.right() - 4, labelY(plot, goal, base), texts.target() + " "
                + valueText(indicator.targetValue(), indicator.unit(), locale), "end", 11, IndicatorChartLegend.INK);
        svg.end().group("plan");
        List<double[]> line = new ArrayList<>();
        line.add(new double[] {plot.x(indicator.baselineDate()), base});
        line.add(new double[] {plot.x(indicator.targetDate()), goal});
        if (plot.time().last().isAfter(indicator.targetDate())) {
            line.add(new double[] {plot.right(), goal});
        }
        svg.polyline(line, IndicatorChartLegend.PLAN, 1.5, "6 4");
        svg.end();
    }

    /** A reference line's label: on the side away from the other line, and always inside the plot. */
    private static double labelY(Plot plot, double line, double other) {
        boolean above = line < other || line == other;
        if (above && line - 5 < plot.top() + 12) {
            above = false;
        } else if (!above && line + 14 > plot.bottom() - 2) {
            above = true;
        }
        return above ? line - 5 : line + 14;
    }

    private static void measurements(SvgWriter svg, Plot plot, List<MeasurementPoint> points, String unit, Texts texts,
                                     Locale locale) {
        svg.group("measurements");
        if (points.size() > 1) {
            svg.polyline(points.stream().map(p -> new double[] {plot.x(p.date()), plot.y(p.value())}).toList(),
                    IndicatorChartLegend.LINE, 2, null);
        }
        double size = points.size() > 60 ? 3.5 : 5;
        for (MeasurementPoint p : points) {
            String tip = DATE.format(p.date()) + ": " + valueText(p.value(), unit, locale) + " – "
                    + texts.statusNames().get(p.status());
            svg.group("measurement status-" + p.status().name().toLowerCase(Locale.ROOT),
                    "data-date", p.date().toString(), "data-value", p.value().toPlainString(),
                    "data-status", p.status().name());
            IndicatorChartLegend.marker(svg, p.status(), plot.x(p.date()), plot.y(p.value()), size, tip);
            svg.end();
        }
        if (!points.isEmpty()) {
            MeasurementPoint last = points.getLast();
            svg.text(plot.x(last.date()) - 9, plot.y(last.value()) - 9, valueText(last.value(), unit, locale), "end", 12,
                    IndicatorChartLegend.INK);
        }
        svg.end();
    }

    /** Where the plot sits in the picture, and its scales. */
    private record Plot(double left, double top, double width, double height, ValueScale values, TimeScale time) {

        double right() {
            return left + width;
        }

        double bottom() {
            return top + height;
        }

        double x(LocalDate date) {
            return left + 8 + (width - 16) * time.fraction(date);
        }

        double y(BigDecimal value) {
            return bottom() - height * values.fraction(value);
        }
    }
}
