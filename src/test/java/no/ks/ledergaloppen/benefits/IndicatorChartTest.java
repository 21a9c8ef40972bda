package no.ks.ledergaloppen.benefits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The indicator chart read back with a real XML parser, as a browser or the PDF renderer would read it. */
class IndicatorChartTest {

    private static final Locale NB = Locale.of("nb");
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Test
    void every_measurement_is_a_point_and_both_reference_lines_and_the_plan_are_drawn() throws Exception {
        IndicatorView sickLeave = indicator("Sykefravær", "%", "10", "6", List.of(
                point(START.plusMonths(1), "9.5"), point(START.plusMonths(2), "9.8"), point(START.plusMonths(3), "8")));

        Chart chart = Chart.of(IndicatorChart.svg(sickLeave, texts("Sykefravær"), NB));

        assertThat(chart.measurements()).extracting(e -> e.getAttribute("data-date"))
                .containsExactly("2026-02-01", "2026-03-01", "2026-04-01");
        assertThat(chart.measurements()).extracting(e -> e.getAttribute("data-value")).containsExactly("9.5", "9.8", "8");
        assertThat(chart.one("baseline").getElementsByTagNameNS("*", "line").getLength()).isEqualTo(1);
        assertThat(chart.one("target").getElementsByTagNameNS("*", "line").getLength()).isEqualTo(1);
        assertThat(chart.one("plan").getElementsByTagNameNS("*", "polyline").getLength()).isEqualTo(1);
        assertThat(chart.root().getAttribute("role")).isEqualTo("img");
        assertThat(chart.text("title")).isEqualTo("Sykefravær");
        assertThat(chart.text("desc")).isEqualTo("Siste måling 01.04.2026: 8\u00a0% – I rute. Målet er 6\u00a0% innen 01.07.2026.");
        chart.assertEverythingInsideThePicture();
    }

    @Test
    void behind_on_track_and_reached_have_different_shapes_not_only_colours() throws Exception {
        IndicatorView visits = indicator("Hjemmebesøk", "", "20", "40", List.of(
                point(START.plusMonths(1), "15"), point(START.plusMonths(2), "35"), point(START.plusMonths(3), "41")));

        Chart chart = Chart.of(IndicatorChart.svg(visits, texts("Hjemmebesøk"), NB));

        List<Element> points = chart.measurements();
        assertThat(points).extracting(e -> e.getAttribute("data-status")).containsExactly("BEHIND", "ON_TRACK", "REACHED");
        assertThat(shape(points.get(0))).isEqualTo("polygon with 3 corners");
        assertThat(shape(points.get(1))).isEqualTo("circle");
        assertThat(shape(points.get(2))).isEqualTo("polygon with 4 corners");
        assertThat(chart.texts("legend")).contains("Målinger", "Nullpunkt", "Mål", "Plan: rett linje til målet",
                "I rute", "Bak planen", "Målet er nådd");
    }

    @Test
    void an_indicator_without_measurements_shows_its_lines_and_says_nothing_is_measured_yet() throws Exception {
        Chart chart = Chart.of(IndicatorChart.svg(indicator("Ventetid", "dager", "30", "10", List.of()),
                texts("Ventetid"), NB));

        assertThat(chart.measurements()).isEmpty();
        assertThat(chart.one("baseline")).isNotNull();
        assertThat(chart.one("target")).isNotNull();
        assertThat(chart.text("desc")).startsWith("Ingen målinger ennå. Nullpunktet er 30\u00a0dager");
        chart.assertEverythingInsideThePicture();
    }

    @Test
    void one_measurement_and_equal_values_everywhere_still_give_a_readable_chart() throws Exception {
        IndicatorView flat = new IndicatorView(1, 0, 1, "Flat", "stk",
                new IndicatorPlan(Direction.HIGHER_IS_BETTER, new BigDecimal("5"), START, new BigDecimal("5"), START),
                Frequency.MONTHLY, true, List.of(point(START, "5")), IndicatorStatus.REACHED);

        Chart chart = Chart.of(IndicatorChart.svg(flat, texts("Flat"), NB));

        assertThat(chart.measurements()).hasSize(1);
        assertThat(chart.texts("value-axis")).hasSizeGreaterThanOrEqualTo(2).contains("5");
        assertThat(chart.texts("time-axis")).hasSizeGreaterThanOrEqualTo(2);
        chart.assertEverythingInsideThePicture();
    }

    @Test
    void negative_values_get_their_own_ticks_with_a_minus_sign() throws Exception {
        IndicatorView balance = indicator("Resultat", "mill. kr", "-5", "2.5", List.of(point(START.plusMonths(1), "-7.25")));

        Chart chart = Chart.of(IndicatorChart.svg(balance, texts("Resultat"), NB));

        assertThat(chart.texts("value-axis")).contains("-7,5", "-2,5", "0", "2,5");
        assertThat(chart.measurements().getFirst().getAttribute("data-value")).isEqualTo("-7.25");
        chart.assertEverythingInsideThePicture();
    }

    @Test
    void when_lower_is_better_the_target_line_lies_under_the_baseline() throws Exception {
        Chart chart = Chart.of(IndicatorChart.svg(indicator("Sykefravær", "%", "10", "6", List.of()),
                texts("Sykefravær"), NB));

        double baseline = chart.lineY("baseline");
        double target = chart.lineY("target");
        assertThat(target).as("a lower value is drawn lower").isGreaterThan(baseline);
    }

    @Test
    void a_year_of_weekly_measurements_has_every_point_and_dates_that_do_not_collide() throws Exception {
        List<MeasurementPoint> weeks = new ArrayList<>();
        for (int w = 1; w <= 52; w++) {
            weeks.add(point(START.plusWeeks(w), String.valueOf(20 + w % 7)));
        }
        IndicatorView weekly = indicator("Timer spart", "timer", "20", "30", weeks);

        for (double width : new double[] {640, 360}) {
            Chart chart = Chart.of(IndicatorChart.svg(weekly, texts("Timer spart"), NB, width));
            assertThat(chart.measurements()).hasSize(52);
            List<Double> xs = chart.numbers("time-axis", "text", "x");
            for (int i = 1; i < xs.size(); i++) {
                assertThat(xs.get(i) - xs.get(i - 1)).as("room for a date such as 01.03.2026").isGreaterThan(70);
            }
            assertThat(chart.texts("time-axis")).allMatch(t -> t.matches("\\d{2}\\.\\d{2}\\.\\d{4}"));
            chart.assertEverythingInsideThePicture();
        }
    }

    @Test
    void values_are_written_the_english_way_in_english() throws Exception {
        IndicatorView cost = indicator("Cost", "NOK", "1500", "1000", List.of(point(START.plusMonths(1), "1234.5")));

        Chart chart = Chart.of(IndicatorChart.svg(cost, texts("Cost"), Locale.ENGLISH));

        assertThat(chart.texts("value-axis")).contains("1,000", "1,200", "1,400", "1,600");
        assertThat(chart.texts("measurements")).contains("1,234.5\u00a0NOK");
    }

    @Test
    void a_hostile_name_and_unit_stay_text_and_never_become_markup() throws Exception {
        String hostile = "</title><script>alert('x')</script> & <b>\"fet\"</b>";
        IndicatorView evil = indicator(hostile, "<img src=x onerror=alert(1)>", "1", "2",
                List.of(point(START.plusMonths(1), "1.5")));

        Chart chart = Chart.of(IndicatorChart.svg(evil, texts(hostile), NB));

        assertThat(chart.text("title")).isEqualTo(hostile);
        assertThat(chart.document().getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(chart.document().getElementsByTagNameNS("*", "img").getLength()).isZero();
        assertThat(chart.document().getElementsByTagNameNS("*", "b").getLength()).isZero();
        assertThat(chart.text("desc")).contains("<img src=x onerror=alert(1)>");
    }

    private static String shape(Element measurement) {
        Element shape = (Element) measurement.getElementsByTagNameNS("*", "*").item(0);
        return shape.getLocalName().equals("polygon")
                ? "polygon with " + shape.getAttribute("points").split(" ").length + " corners" : shape.getLocalName();
    }

    static IndicatorView indicator(String name, String unit, String baseline, String target,
                                   List<MeasurementPoint> points) {
        Direction direction = new BigDecimal(target).compareTo(new BigDecimal(baseline)) < 0
                ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
        IndicatorPlan plan = new IndicatorPlan(direction, new BigDecimal(baseline), START, new BigDecimal(target),
                START.plusMonths(6));
        List<MeasurementPoint> rated = points.stream().map(p -> new MeasurementPoint(p.id(), p.date(), p.value(),
                p.comment(), plan.statusOf(p.date(), p.value()), null)).toList();
        IndicatorStatus status = rated.isEmpty() ? IndicatorStatus.NOT_MEASURED : rated.getLast().status();
        return new IndicatorView(1, 0, 1, name, unit, plan, Frequency.MONTHLY, true, rated, status);
    }

    static MeasurementPoint point(LocalDate date, String value) {
        return new MeasurementPoint(0, date, new BigDecimal(value), null, IndicatorStatus.NOT_MEASURED, null);
    }

    /** The chart's texts in bokmål, read the way the page reads them: raw, unformatted. */
    static IndicatorChart.Texts texts(String title) throws IOException {
        Properties nb = new Properties();
        try (InputStream in = IndicatorChartTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            nb.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return IndicatorChart.Texts.of(title, nb::getProperty);
    }
}
