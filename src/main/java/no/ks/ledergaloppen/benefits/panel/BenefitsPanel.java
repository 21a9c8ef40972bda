package no.ks.ledergaloppen.benefits.panel;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import no.ks.ledergaloppen.base.Decimals;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.base.ui.PlainText;
import no.ks.ledergaloppen.benefits.BenefitView;
import no.ks.ledergaloppen.benefits.BenefitsOverview;
import no.ks.ledergaloppen.benefits.BenefitsService;
import no.ks.ledergaloppen.benefits.IndicatorView;
import no.ks.ledergaloppen.benefits.MeasurementPoint;

/**
 * The case's benefits page ("Gevinster"): each benefit with its owner and assumptions, its indicators with
 * their status and measurements. Those who may change the case add and edit; a measurement behind plan asks
 * at once for a corrective action, and so does a correction that puts it behind. Deleting a measurement and
 * stopping an indicator's follow-up ask first. More than five active indicators gives the roadmap's tip, never a block.
 */
public class BenefitsPanel extends Composite<VerticalLayout> implements IndicatorCard.Actions {

    private final long caseId;
    private final BenefitsService service;
    private final Clock clock;

    public BenefitsPanel(long caseId, BenefitsService service, Clock clock) {
        this.caseId = caseId;
        this.service = service;
        this.clock = clock;
        getContent().setPadding(false);
        getContent().setId("benefits-panel");
        render();
    }

    private void render() {
        VerticalLayout content = getContent();
        content.removeAll();
        BenefitsOverview overview = service.overview(caseId);
        content.add(new Paragraph(getTranslation("benefits.intro")));
        if (overview.tooManyIndicators()) {
            Paragraph tip = new Paragraph(getTranslation("benefits.tooMany", overview.activeIndicators(),
                    BenefitsOverview.ADVISED_ACTIVE_INDICATORS));
            tip.setId("benefits-too-many");
            tip.addClassName("benefits-tip");
            tip.getElement().setAttribute("role", "note");
            content.add(tip);
        }
        if (overview.canEdit()) {
            Button add = new Button(getTranslation("benefits.add"), e -> new BenefitDialog(caseId, null, service,
                    saved -> saved("benefits.saved.benefit")).open());
            add.setId("add-benefit");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(add);
        }
        if (overview.benefits().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(overview.canEdit() ? "benefits.none.edit" : "benefits.none.read"));
            none.setId("benefits-none");
            content.add(none);
        }
        overview.benefits().forEach(b -> content.add(benefit(b, overview.canEdit())));
    }

    private Div benefit(BenefitView b, boolean canEdit) {
        Div card = new Div();
        card.addClassNames("card", "benefit");
        card.setId("benefit-" + b.id());
        card.add(new H3(b.description()));
        card.add(new Paragraph(getTranslation("benefits.benefit.summary", getTranslation("benefits.type." + b.type().name()),
                b.ownerName(), b.ownerTitle())));
        if (b.assumptions() != null) {
            card.add(new Paragraph(getTranslation("benefits.field.assumptions")), PlainText.of(b.assumptions()));
        }
        if (canEdit) {
            Button indicator = new Button(getTranslation("benefits.indicator.add"), e -> new IndicatorDialog(b.id(), null,
                    today(), service, saved -> saved("benefits.saved.indicator")).open());
            indicator.setId("add-indicator-" + b.id());
            Button edit = new Button(getTranslation("benefits.edit"), e -> new BenefitDialog(caseId, b, service,
                    saved -> saved("benefits.saved.benefit")).open());
            edit.setId("edit-benefit-" + b.id());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout buttons = new HorizontalLayout(indicator, edit);
            buttons.setWrap(true);
            card.add(buttons);
        }
        if (b.indicators().isEmpty()) {
            card.add(new Paragraph(getTranslation(canEdit ? "benefits.indicator.none.edit" : "benefits.indicator.none.read")));
        }
        b.indicators().forEach(i -> card.add(new IndicatorCard(i, canEdit, this)));
        return card;
    }

    @Override
    public void measure(IndicatorView indicator) {
        new MeasurementDialog(indicator, null, today(), service,
                point -> measured(indicator, point, "benefits.saved.measurement")).open();
    }

    @Override
    public void editMeasurement(IndicatorView indicator, MeasurementPoint point) {
        new MeasurementDialog(indicator, point, today(), service,
                saved -> measured(indicator, saved, "benefits.saved.corrected")).open();
    }

    @Override
    public void deleteMeasurement(IndicatorView indicator, MeasurementPoint point) {
        String text = getTranslation("benefits.measurement.delete.text", Formats.date(point.date()),
                Decimals.format(point.value(), getLocale()), indicator.unit());
        if (point.action() != null) {
            text += " " + getTranslation("benefits.measurement.delete.withAction");
        }
        Confirmations.ask("delete-measurement-confirm", getTranslation("benefits.measurement.delete.title"), text,
                getTranslation("benefits.measurement.delete.confirm"),
                () -> change(() -> service.deleteMeasurement(point.id(), point.version()), "benefits.saved.deleted"));
    }

    /** After a new or a corrected measurement: behind plan without an action asks for one at once. */
    private void measured(IndicatorView indicator, MeasurementPoint point, String savedKey) {
        render();
        if (point.needsAction()) {
            Notifications.error(getTranslation("benefits.saved.behind"));
            correct(indicator, point);
        } else {
            Notifications.success(getTranslation(savedKey));
        }
    }

    @Override
    public void edit(IndicatorView indicator) {
        new IndicatorDialog(indicator.benefitId(), indicator, today(), service, saved -> saved("benefits.saved.indicator"))
                .open();
    }

    @Override
    public void deactivate(IndicatorView indicator) {
        Confirmations.ask("deactivate-confirm", getTranslation("benefits.indicator.deactivate.title"),
                getTranslation("benefits.indicator.deactivate.text", indicator.name()),
                getTranslation("benefits.indicator.deactivate"),
                () -> change(() -> service.deactivateIndicator(indicator.id(), indicator.version()),
                        "benefits.saved.deactivated"));
    }

    @Override
    public void reactivate(IndicatorView indicator) {
        change(() -> service.reactivateIndicator(indicator.id(), indicator.version()), "benefits.saved.reactivated");
    }

    @Override
    public void importFile(IndicatorView indicator) {
        new ImportDialog(indicator.name(), rows -> service.check(indicator.id(), rows), rows -> {
            service.importMeasurements(indicator.id(), rows);
            saved("benefits.saved.imported");
        }).open();
    }

    @Override
    public void correct(IndicatorView indicator, MeasurementPoint point) {
        new ActionDialog(indicator, point, today(), service, saved -> saved("benefits.saved.action")).open();
    }

    /** A change without a form: a refusal (such as someone else's newer version) is shown and the page re-read. */
    private void change(Runnable call, String savedKey) {
        try {
            call.run();
            saved(savedKey);
        } catch (DomainException e) {
            Notifications.error(FieldErrors.message(e));
            render();
        }
    }

    private void saved(String key) {
        Notifications.success(getTranslation(key));
        render();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
