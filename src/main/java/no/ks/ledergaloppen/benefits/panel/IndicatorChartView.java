package no.ks.ledergaloppen.benefits.panel;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.Html;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.base.ui.StaticTable;
import org.jsoup.nodes.Element;
import no.ks.ledergaloppen.benefits.IndicatorChart;
import no.ks.ledergaloppen.benefits.IndicatorView;
import no.ks.ledergaloppen.benefits.MeasurementPoint;

/**
 * An indicator's chart with its legend, and beside it (under it on a narrow screen) the same numbers as a
 * table: date, value with unit, what the plan expected that day, and the status in words. The chart comes
 * in a wide and a narrow drawing, and the style sheet shows the one that fits, so its text stays readable
 * on a phone; the hidden one is hidden from screen readers too.
 */
@StyleSheet("styles/benefits-charts.css")
public class IndicatorChartView extends Composite<Div> {

    private static final double NARROW = 360;

    public IndicatorChartView(IndicatorView indicator) {
        Div content = getContent();
        content.addClassName("indicator-chart-view");
        content.setId("indicator-" + indicator.id() + "-chart-view");
        Locale locale = getLocale();
        IndicatorChart.Texts texts = IndicatorChart.Texts.of(indicator.name(), this::getTranslation);
        Svg wide = new Svg(IndicatorChart.svg(indicator, texts, locale));
        wide.addClassName("chart-wide");
        wide.setId("indicator-" + indicator.id() + "-chart");
        Svg narrow = new Svg(IndicatorChart.svg(indicator, texts, locale, NARROW));
        narrow.addClassName("chart-narrow");
        Div chart = new Div(wide, narrow);
        chart.addClassNames("indicator-chart", "chart");
        content.add(chart, table(indicator, locale));
    }

    private Html table(IndicatorView indicator, Locale locale) {
        String caption = getTranslation("benefits.chartView.caption", indicator.name());
        StaticTable table = new StaticTable("indicator-" + indicator.id() + "-table", caption);
        for (String key : new String[] {"date", "value", "plan", "status"}) {
            table.header(getTranslation("benefits.chartView." + key));
        }
        row(table, indicator.baselineDate(), IndicatorChart.valueText(indicator.baselineValue(), indicator.unit(), locale),
                "", getTranslation("benefits.chart.baseline"), "baseline");
        for (MeasurementPoint p : indicator.measurements()) {
            BigDecimal planned = indicator.plan().expectedAt(p.date()).setScale(2, RoundingMode.HALF_UP);
            row(table, p.date(), IndicatorChart.valueText(p.value(), indicator.unit(), locale),
                    IndicatorChart.valueText(planned, indicator.unit(), locale),
                    getTranslation("benefits.chart.status." + p.status().name()),
                    "status-" + p.status().name().toLowerCase(Locale.ROOT));
        }
        row(table, indicator.targetDate(), IndicatorChart.valueText(indicator.targetValue(), indicator.unit(), locale),
                "", getTranslation("benefits.chart.target"), "target");
        return table.build("indicator-table", caption);
    }

    private static void row(StaticTable table, LocalDate date, String value, String plan, String status,
                            String statusClass) {
        Element row = table.row(Formats.date(date));
        StaticTable.cell(row, value).addClass("number");
        StaticTable.cell(row, plan).addClass("number");
        StaticTable.cell(row, status).addClass(statusClass);
    }
}
