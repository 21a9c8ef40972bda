package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import no.ks.ledergaloppen.innovationcase.CaseService;
import no.ks.ledergaloppen.innovationcase.CaseSummary;
import no.ks.ledergaloppen.security.CurrentUser;

/** The cases the user may see: their own first, then the shared ones (facilitators: all they run). */
@Route("cases")
@PermitAll
public class CasesView extends VerticalLayout implements HasDynamicTitle {

    CasesView(CaseService cases, CurrentUser currentUser) {
        setSizeFull();
        Grid<CaseSummary> grid = new Grid<>();
        grid.setId("cases");
        grid.addComponentColumn(c -> {
            RouterLink link = new RouterLink(c.title(), CaseOverviewView.class, new RouteParameters("caseId", String.valueOf(c.id())));
            if (c.own()) {
                Span own = new Span(getTranslation("cases.own"));
                own.getElement().getThemeList().add("badge success small");
                return new com.vaadin.flow.component.html.Div(link, new Span(" "), own);
            }
            return link;
        }).setHeader(getTranslation("case.field.title")).setFlexGrow(3);
        grid.addColumn(CaseSummary::municipalityName).setHeader(getTranslation("cases.municipality")).setFlexGrow(2);
        grid.addColumn(CaseSummary::cohortName).setHeader(getTranslation("cases.cohort")).setFlexGrow(2);
        grid.addColumn(c -> c.phase().number() + " " + getTranslation("roadmap.phase." + c.phase().name()))
                .setHeader(getTranslation("cases.phase")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation("case.visibility." + c.visibility().name()))
                .setHeader(getTranslation("case.field.visibility"));
        grid.setEmptyStateText(getTranslation(currentUser.isParticipant() ? "cases.empty.participant" : "cases.empty.facilitator"));
        grid.setItems(query -> cases.page(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        add(new Paragraph(getTranslation(currentUser.isParticipant() ? "cases.intro" : "cases.intro.facilitator")), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.pageTitle");
    }
}
