package no.ks.ledergaloppen.benefits.panel;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.Predicate;
import no.ks.ledergaloppen.base.Decimals;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.benefits.IndicatorStatus;
import no.ks.ledergaloppen.benefits.IndicatorView;
import no.ks.ledergaloppen.benefits.MeasurementPoint;

/** One indicator: its status, its plan in words, its chart and figures, the latest measurement and its corrective actions. */
class IndicatorCard extends Composite<Div> {

    interface Actions {
        void measure(IndicatorView indicator);

        void edit(IndicatorView indicator);

        void deactivate(IndicatorView indicator);

        void importFile(IndicatorView indicator);

        void correct(IndicatorView indicator, MeasurementPoint point);

        void editMeasurement(IndicatorView indicator, MeasurementPoint point);

        void deleteMeasurement(IndicatorView indicator, MeasurementPoint point);

        void reactivate(IndicatorView indicator);
    }

    IndicatorCard(IndicatorView i, boolean canEdit, Actions actions) {
        Div card = getContent();
        card.addClassNames("card", "indicator");
        card.setId("indicator-" + i.id());
        HorizontalLayout head = new HorizontalLayout(new H4(i.name()), new StatusBadge(i.status()));
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        if (!i.active()) {
            Span ended = new Span(getTranslation("benefits.indicator.inactive"));
            ended.getElement().getThemeList().add("badge contrast");
            head.add(ended);
        }
        card.add(head, new Paragraph(getTranslation("benefits.indicator.plan", number(i.baselineValue()), i.unit(),
                Formats.date(i.baselineDate()), number(i.targetValue()), Formats.date(i.targetDate()),
                getTranslation("benefits.direction." + i.direction().name()),
                getTranslation("benefits.frequency." + i.frequency().name()))));
        if (canEdit && i.active()) {
            card.add(buttons(i, actions));
        } else if (canEdit) {
            Button again = new Button(getTranslation("benefits.indicator.reactivate"), e -> actions.reactivate(i));
            again.setId("reactivate-indicator-" + i.id());
            card.add(again);
        }
        card.add(new IndicatorChartView(i));
        card.add(measurements(i, canEdit && i.active(), actions));
    }

    private HorizontalLayout buttons(IndicatorView i, Actions actions) {
        Button measure = new Button(getTranslation("benefits.measurement.add"), e -> actions.measure(i));
        measure.setId("measure-" + i.id());
        Button upload = new Button(getTranslation("benefits.measurement.import"), e -> actions.importFile(i));
        upload.setId("import-" + i.id());
        Button edit = new Button(getTranslation("benefits.indicator.edit"), e -> actions.edit(i));
        edit.setId("edit-indicator-" + i.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button stop = new Button(getTranslation("benefits.indicator.deactivate"), e -> actions.deactivate(i));
        stop.setId("deactivate-indicator-" + i.id());
        stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(measure, upload, edit, stop);
        row.setWrap(true);
        return row;
    }

    /**
     * The latest measurement and any that are behind without a corrective action stay in sight; the rest
     * (all of them in the chart's table) are built only when "Tidligere målinger" is opened, so a year of
     * weekly figures does not keep some 300 buttons in the session of everyone who opens the page.
     */
    private Div measurements(IndicatorView i, boolean canEdit, Actions actions) {
        Div list = new Div();
        list.addClassName("measurements");
        list.setId("measurements-" + i.id());
        if (i.measurements().isEmpty()) {
            list.add(new Paragraph(getTranslation("benefits.measurement.none")));
            return list;
        }
        List<MeasurementPoint> newestFirst = i.measurements().reversed();
        Predicate<MeasurementPoint> inSight = p -> p == newestFirst.getFirst()
                || p.status() == IndicatorStatus.BEHIND && p.action() == null;
        newestFirst.stream().filter(inSight).forEach(p -> list.add(row(i, p, canEdit, actions)));
        List<MeasurementPoint> earlier = newestFirst.stream().filter(inSight.negate()).toList();
        if (!earlier.isEmpty()) {
            Details more = new Details(getTranslation("benefits.measurement.earlier", earlier.size()));
            more.setId("earlier-measurements-" + i.id());
            more.addOpenedChangeListener(e -> {
                if (e.isOpened() && more.getContent().findAny().isEmpty()) {
                    earlier.forEach(p -> more.add(row(i, p, canEdit, actions)));
                }
            });
            list.add(more);
        }
        return list;
    }

    private Div row(IndicatorView i, MeasurementPoint p, boolean canEdit, Actions actions) {
        Div row = new Div();
        row.addClassName("measurement");
        row.setId("measurement-" + p.id());
        row.add(new Span(Formats.date(p.date()) + ": " + number(p.value()) + " " + i.unit()), new StatusBadge(p.status()));
        if (p.comment() != null) {
            row.add(new Span(p.comment()));
        }
        if (canEdit) {
            row.add(iconButton(VaadinIcon.EDIT, "edit-measurement-" + p.id(), "benefits.measurement.edit", p,
                    () -> actions.editMeasurement(i, p)));
            Button delete = iconButton(VaadinIcon.TRASH, "delete-measurement-" + p.id(), "benefits.measurement.delete", p,
                    () -> actions.deleteMeasurement(i, p));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            row.add(delete);
        }
        if (p.action() != null) {
            // an action written while the measurement was behind stays as history after a correction
            String key = p.status() == IndicatorStatus.BEHIND ? "benefits.action.kept" : "benefits.action.earlier";
            Paragraph action = new Paragraph(getTranslation(key, p.action().what(), p.action().who(),
                    Formats.date(p.action().due())));
            action.addClassName("corrective-action");
            row.add(action);
        }
        if (canEdit && p.status() == IndicatorStatus.BEHIND) {
            Button correct = new Button(getTranslation(p.action() == null ? "benefits.action.write" : "benefits.action.edit"),
                    e -> actions.correct(i, p));
            correct.setId("correct-" + p.id());
            correct.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(correct);
        }
        return row;
    }

    /** A small button with only an icon: its name for screen readers and its tooltip say what and which. */
    private Button iconButton(VaadinIcon icon, String id, String key, MeasurementPoint p, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.setId(id);
        button.setAriaLabel(getTranslation(key + ".label", Formats.date(p.date())));
        button.setTooltipText(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private String number(java.math.BigDecimal value) {
        return Decimals.format(value, getLocale());
    }
}
