package no.ks.ledergaloppen.benefits.panel;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Html;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.benefits.Direction;
import no.ks.ledergaloppen.benefits.Frequency;
import no.ks.ledergaloppen.benefits.IndicatorPlan;
import no.ks.ledergaloppen.benefits.IndicatorStatus;
import no.ks.ledergaloppen.benefits.IndicatorView;
import no.ks.ledergaloppen.benefits.MeasurementPoint;
import org.junit.jupiter.api.Test;

/** An indicator's chart and its table, as the benefits page and a screen reader show them. */
public class IndicatorChartViewUiTest extends KaribuTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private static IndicatorView sickLeave() {
        IndicatorPlan plan = new IndicatorPlan(Direction.LOWER_IS_BETTER, new BigDecimal("10"), START,
                new BigDecimal("6"), START.plusDays(200));
        List<MeasurementPoint> points = List.of(
                new MeasurementPoint(1, START.plusDays(100), new BigDecimal("8.5"), null,
                        plan.statusOf(START.plusDays(100), new BigDecimal("8.5")), null),
                new MeasurementPoint(2, START.plusDays(150), new BigDecimal("5.5"), "Ny turnus",
                        plan.statusOf(START.plusDays(150), new BigDecimal("5.5")), null));
        return new IndicatorView(7, 0, 3, "Sykefravær", "%", plan, Frequency.MONTHLY, true, points,
                IndicatorStatus.REACHED);
    }

    @Test
    void the_table_beside_the_chart_gives_date_value_plan_and_status_in_words() {
        login("ola");
        UI.getCurrent().add(new IndicatorChartView(sickLeave()));

        Element table = table("indicator-7-table");
        assertThat(rows(table)).containsExactly(
                List.of("01.01.2026", "10\u00a0%", "", "Nullpunkt"),
                List.of("11.04.2026", "8,5\u00a0%", "8\u00a0%", "Bak planen"),
                List.of("31.05.2026", "5,5\u00a0%", "7\u00a0%", "Målet er nådd"),
                List.of("20.07.2026", "6\u00a0%", "", "Mål"));
        assertThat(table.selectFirst("caption").text()).isEqualTo("Målingene for Sykefravær");
        Svg chart = _get(Svg.class, spec -> spec.withId("indicator-7-chart"));
        assertThat(chart.getElement().getProperty("innerHTML")).contains("role=\"img\"", "data-date=\"2026-04-11\"",
                "Bak planen");
    }

    @Test
    void in_english_the_numbers_are_written_the_english_way() {
        login("ola");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().add(new IndicatorChartView(sickLeave()));

        assertThat(rows(table("indicator-7-table")).get(1)).containsExactly("11.04.2026", "8.5\u00a0%", "8\u00a0%", "Behind plan");
    }

    /** The table as the browser gets it: one element, read back with an HTML parser. */
    public static Element table(String id) {
        String html = _find(Html.class).stream().map(h -> h.getElement().getProperty("innerHTML"))
                .filter(inner -> inner != null && inner.contains("id=\"" + id + "\"")).findFirst().orElseThrow();
        return Jsoup.parseBodyFragment(html).getElementById(id);
    }

    public static List<List<String>> rows(Element table) {
        return table.select("tbody tr").stream()
                .map(r -> r.children().stream().map(Element::wholeText).toList()).toList();
    }
}
