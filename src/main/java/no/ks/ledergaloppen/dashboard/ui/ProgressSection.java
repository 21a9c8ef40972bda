package no.ks.ledergaloppen.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.dashboard.PhaseChart;
import no.ks.ledergaloppen.dashboard.PhaseSnapshot;
import no.ks.ledergaloppen.roadmap.Phase;

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

    private Div table(List<PhaseSnapshot> snapshots, List<String[]> labels, Map<Phase, String> names) {
        NativeTable table = new NativeTable();
        table.setId("phase-table");
        table.setCaptionText(getTranslation("dashboard.progress.tableCaption"));
        NativeTableRow head = new NativeTableRow();
        head.addHeaderCell().setText(getTranslation("dashboard.progress.phase"));
        for (String[] l : labels) {
            head.addHeaderCell().setText(l[0] + " (" + l[1] + ")");
        }
        table.getHead().addRows(head);
        for (Phase p : Phase.values()) {
            NativeTableRow row = table.getBody().addRow();
            var th = row.addHeaderCell();
            th.setText(p.number() + " " + names.get(p));
            th.getElement().setAttribute("scope", "row");
            snapshots.forEach(s -> row.addDataCell().setText(String.valueOf(s.counts().getOrDefault(p, 0))));
        }
        // on a phone the table scrolls sideways in its box: a named region that takes the focus, so the
        // keyboard can scroll it too (like base.ui.StaticTable's)
        Div scroll = new Div(table);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", getTranslation("dashboard.progress.tableCaption"));
        return scroll;
    }
}
