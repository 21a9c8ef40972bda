package no.ks.ledergaloppen.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.base.ui.StaticTable;
import no.ks.ledergaloppen.dashboard.PhaseChart;
import no.ks.ledergaloppen.dashboard.PhaseSnapshot;
import no.ks.ledergaloppen.roadmap.Phase;
import org.jsoup.nodes.Element;

/** The cohort's phases gathering by gathering: stacked bars drawn on the server, and the same numbers as a table. */
class ProgressSection extends Composite<Div> {

    ProgressSection(List<PhaseSnapshot> snapshots) {
        Div content = getContent();
        content.addClassName("progress-section");
        H2 heading = new H2(getTranslation("dashboard.progress.title"));
        heading.setId("progress-heading");
        List<String[]> labels = snapshots.stream().map(this::label).toList();
        Map<Phase, String> names = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            names.put(p, getTranslation("roadmap.phase." + p.name()));
        }
        String svg = PhaseChart.svg(snapshots, new PhaseChart.Texts(getTranslation("dashboard.progress.title"),
                getTranslation("dashboard.progress.description"), names, labels,
                getTranslation("dashboard.progress.unit")));
        Svg chart = new Svg(svg);
        chart.setId("phase-chart");
        chart.addClassName("chart");
        content.add(heading, chart, table(snapshots, labels, names));
    }

    private String[] label(PhaseSnapshot s) {
        String name = s.gatheringNumber() == null ? getTranslation("dashboard.progress.today")
                : getTranslation("dashboard.progress.gathering", s.gatheringNumber());
        return new String[] {name, Formats.date(s.date())};
    }

    /**
     * The same numbers as a table, sent as one read-only element (base.ui.StaticTable; as components it was a node
     * per cell). On a phone it scrolls sideways in its box: a named region that takes the focus, so the keyboard
     * can scroll it too.
     */
    private Html table(List<PhaseSnapshot> snapshots, List<String[]> labels, Map<Phase, String> names) {
        StaticTable table = new StaticTable("phase-table", getTranslation("dashboard.progress.tableCaption"));
        table.header(getTranslation("dashboard.progress.phase"));
        for (String[] l : labels) {
            table.header(l[0] + " (" + l[1] + ")");
        }
        for (Phase p : Phase.values()) {
            Element row = table.row(p.number() + " " + names.get(p));
            snapshots.forEach(s -> StaticTable.cell(row, String.valueOf(s.counts().getOrDefault(p, 0))));
        }
        return table.build("table-scroll", getTranslation("dashboard.progress.tableCaption"));
    }
}
