package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import no.ks.ledergaloppen.assessment.AssessmentService;
import no.ks.ledergaloppen.assessment.panel.FoundationsPanel;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.CaseAction;
import no.ks.ledergaloppen.innovationcase.CaseDetails;
import no.ks.ledergaloppen.innovationcase.CaseService;
import no.ks.ledergaloppen.innovationcase.CaseSummary;
import no.ks.ledergaloppen.innovationcase.PhaseMoveInfo;
import no.ks.ledergaloppen.innovationcase.PhaseService;
import no.ks.ledergaloppen.learning.BltService;
import no.ks.ledergaloppen.learning.JournalService;
import no.ks.ledergaloppen.learning.panel.BltPanel;
import no.ks.ledergaloppen.learning.panel.JournalPanel;
import no.ks.ledergaloppen.roadmap.RoadmapService;

/**
 * The case workspace: header with the phase track, then tabs for the overview, the current phase's
 * steps with the roadmap's guidance, the BLT rounds, the five foundations, the learning journal and the
 * history.
 */
@Route("cases/:caseId(\\d+)")
@PermitAll
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    private final PhaseService phases;
    private final RoadmapService roadmap;
    private final AssessmentService assessments;
    private final BltService blt;
    private final JournalService journal;
    private CaseDetails details;
    private final Clock clock;
    private final ObjectProvider<CaseAction> actions;
    private int selectedTab;

    CaseView(CaseService cases, PhaseService phases, RoadmapService roadmap, AssessmentService assessments,
             BltService blt, JournalService journal, Clock clock, ObjectProvider<CaseAction> actions) {
        this.actions = actions;
        this.blt = blt;
        this.journal = journal;
        this.clock = clock;
        this.cases = cases;
        this.phases = phases;
        this.roadmap = roadmap;
        this.assessments = assessments;
        setMaxWidth("80rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("caseId").orElseThrow());
        try {
            details = cases.details(id);
        } catch (DomainException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    void reload() {
        details = cases.details(details.summary().id());
        render();
    }

    private void render() {
        removeAll();
        CaseSummary c = details.summary();
        Span visibility = new Span(getTranslation("case.visibility." + c.visibility().name()));
        visibility.setId("visibility-badge");
        visibility.getElement().getThemeList().add(c.visibility().name().equals("COHORT") ? "badge success" : "badge contrast");
        H2 title = new H2(c.title());
        title.setId("case-title");
        HorizontalLayout heading = new HorizontalLayout(title, visibility);
        if (details.archived()) {
            Span archived = new Span(getTranslation("case.archived"));
            archived.setId("archived-badge");
            archived.getElement().getThemeList().add("badge contrast primary");
            heading.add(archived);
        }
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        long days = Duration.between(c.phaseSince(), clock.instant()).toDays();
        Paragraph where = new Paragraph(c.municipalityName() + " · " + c.cohortName() + " · "
                + getTranslation("case.daysInPhase", days));
        where.addClassName("muted");
        List<PhaseMoveInfo> history = phases.history(c.id());
        add(heading, where, new PhaseTrack(c.phase(), history));
        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.setId("case-actions");
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.addClassName("case-actions");
        if (details.canEdit()) {
            Button move = new Button(getTranslation("case.move"), e -> new MovePhaseDialog(details, phases, this::reload).open());
            move.setId("move-phase");
            move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(move);
        }
        actions.orderedStream().map(a -> a.create(c.id())).flatMap(Optional::stream).forEach(toolbar::add);
        if (toolbar.getComponentCount() > 0) {
            add(toolbar);
        }
        if (!details.canEdit()) {
            Paragraph readOnly = new Paragraph(getTranslation(details.archived() ? "case.archivedNote" : "case.readOnly"));
            readOnly.setId("read-only-note");
            add(readOnly);
        }
        add(tabs(history));
    }

    private TabSheet tabs(List<PhaseMoveInfo> history) {
        long id = details.summary().id();
        TabSheet sheet = new TabSheet();
        sheet.setWidthFull();
        sheet.add(getTranslation("case.tab.overview"), new OverviewTab(details, cases, this::reload)).setId("tab-overview");
        sheet.add(getTranslation("case.tab.steps"), new StepsTab(details, phases, roadmap, this::reload)).setId("tab-steps");
        sheet.add(getTranslation("case.tab.blt"), new BltPanel(id, details.canEdit(), details.summary().phase(), blt))
                .setId("tab-blt");
        sheet.add(getTranslation("case.tab.foundations"),
                new FoundationsPanel(id, details.canEdit(), assessments, clock)).setId("tab-foundations");
        sheet.add(getTranslation("case.tab.journal"), new JournalPanel(id, journal, clock)).setId("tab-journal");
        sheet.add(getTranslation("case.tab.history"), new HistoryTab(history)).setId("tab-history");
        sheet.setSelectedIndex(selectedTab);
        sheet.addSelectedChangeListener(e -> selectedTab = sheet.getSelectedIndex());
        return sheet;
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("cases.pageTitle") : details.summary().title();
    }
}
