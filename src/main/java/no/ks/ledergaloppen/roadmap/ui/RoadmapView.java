package no.ks.ledergaloppen.roadmap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.base.ui.TabLinks;
import no.ks.ledergaloppen.roadmap.Phase;
import no.ks.ledergaloppen.roadmap.PhaseGuide;
import no.ks.ledergaloppen.roadmap.RoadmapService;
import no.ks.ledergaloppen.roadmap.StepGuide;
import no.ks.ledergaloppen.roadmap.guide.StepGuidePanel;
import no.ks.ledergaloppen.security.CurrentUser;

/** The roadmap, one phase at a time (?fase=INSIGHT opens a phase). Administrators edit it here. */
@Route("roadmap")
@PermitAll
public class RoadmapView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final RoadmapService roadmap;
    private final boolean admin;
    private final Nav tabs;
    private final Div phaseContent = new Div();
    private List<PhaseGuide> phases;
    private Phase shown = Phase.ANCHORING;

    RoadmapView(RoadmapService roadmap, CurrentUser currentUser) {
        this.roadmap = roadmap;
        this.admin = currentUser.isAdmin();
        setMaxWidth("64rem");
        // the phases as links (?fase=INSIGHT), like the case workspace's tabs
        tabs = TabLinks.nav(getTranslation("roadmap.phases"));
        for (Phase phase : Phase.values()) {
            Anchor link = TabLinks.link(new Anchor("roadmap?fase=" + phase.name(),
                    phase.number() + " " + getTranslation("roadmap.phase." + phase.name())));
            link.getElement().setAttribute("router-link", true);
            link.setId("phase-tab-" + phase.name());
            tabs.add(link);
        }
        phaseContent.setWidthFull();
        add(new Paragraph(getTranslation("roadmap.intro")), tabs, phaseContent);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Phase start = event.getLocation().getQueryParameters().getSingleParameter("fase")
                .flatMap(p -> java.util.Arrays.stream(Phase.values()).filter(v -> v.name().equalsIgnoreCase(p)).findFirst())
                .orElse(Phase.ANCHORING);
        phases = roadmap.roadmap();
        tabs.getChildren().forEach(link -> link.getElement().removeAttribute("aria-current"));
        tabs.getChildren().skip(start.ordinal()).findFirst().ifPresent(TabLinks::open);
        show(start);
    }

    private void show(Phase phase) {
        if (phases == null) {
            return;
        }
        shown = phase;
        phaseContent.removeAll();
        PhaseGuide guide = phases.get(phase.ordinal());
        H2 heading = new H2(phase.number() + ". " + getTranslation("roadmap.phase." + phase.name()));
        Paragraph purpose = new Paragraph(guide.purpose());
        Div tip = new Div(new Paragraph(getTranslation("roadmap.tip") + " " + guide.tip()));
        tip.addClassName("guide-tip");
        phaseContent.add(heading, purpose, tip);
        for (StepGuide step : guide.steps()) {
            Details details = new Details(step.position() + ". " + step.title(), new StepGuidePanel(step, false));
            details.setWidthFull();
            details.addClassName("step-details");
            details.setId("step-" + step.id());
            if (admin) {
                details.add(adminActions(step));
            }
            phaseContent.add(details);
        }
        if (admin) {
            Button add = new Button(getTranslation("roadmap.addStep"), VaadinIcon.PLUS.create(),
                    e -> new StepDialog(null, draft -> roadmap.addStep(phase, draft), this::reload).open());
            add.setId("add-step");
            phaseContent.add(add);
        }
    }

    private HorizontalLayout adminActions(StepGuide step) {
        Button edit = new Button(getTranslation("action.edit"),
                e -> new StepDialog(step, draft -> roadmap.editStep(step.id(), step.version(), draft), this::reload).open());
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> run(() -> roadmap.moveStep(step.id(), -1)));
        up.setAriaLabel(getTranslation("roadmap.moveUp"));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> run(() -> roadmap.moveStep(step.id(), 1)));
        down.setAriaLabel(getTranslation("roadmap.moveDown"));
        Button retire = new Button(getTranslation("roadmap.retire"), e -> run(() -> roadmap.retireStep(step.id())));
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(edit, up, down, retire);
    }

    private void run(Runnable action) {
        try {
            action.run();
            reload();
        } catch (DomainException ex) {
            Notifications.error(FieldErrors.message(ex));
        }
    }

    private void reload() {
        phases = roadmap.roadmap();
        show(shown);
        Notifications.success(getTranslation("roadmap.saved"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roadmap.pageTitle");
    }
}
