package no.ks.ledergaloppen.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import no.ks.ledergaloppen.assignment.AssignmentInfo;
import no.ks.ledergaloppen.assignment.AssignmentService;
import no.ks.ledergaloppen.assignment.CohortAssignment;
import no.ks.ledergaloppen.assignment.MyAssignment;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.gathering.GatheringService;
import no.ks.ledergaloppen.roadmap.RoadmapService;
import no.ks.ledergaloppen.security.CurrentUser;

/**
 * Participants: their assignments with due date and status, overdue ones marked. Facilitators: the
 * assignments they gave, with how many have handed in, and a button to give a new one.
 */
@Route("assignments")
@PermitAll
public class AssignmentsView extends VerticalLayout implements HasDynamicTitle {

    AssignmentsView(AssignmentService assignments, GatheringService gatherings, RoadmapService roadmap,
                    CurrentUser currentUser) {
        setMaxWidth("72rem");
        if (currentUser.isParticipant()) {
            participant(assignments.mine());
        } else {
            Button create = new Button(getTranslation("assignment.new"), e -> new AssignmentDialog(assignments,
                    gatherings, roadmap, saved -> getUI().ifPresent(ui -> ui.navigate(AssignmentView.class,
                    new RouteParameters("assignmentId", String.valueOf(saved.id()))))).open());
            create.setId("new-assignment");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
            facilitator(assignments.given());
        }
    }

    private void participant(List<MyAssignment> list) {
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("assignment.noneForYou"));
            none.setId("no-assignments");
            add(none);
            return;
        }
        Grid<MyAssignment> grid = new Grid<>();
        grid.setId("my-assignments");
        grid.addComponentColumn(m -> link(m.assignment())).setHeader(getTranslation("assignment.col.title"))
                .setFlexGrow(3);
        grid.addColumn(m -> getTranslation("assignment.gatheringNo", m.assignment().gatheringNumber()))
                .setHeader(getTranslation("assignment.col.gathering")).setAutoWidth(true);
        grid.addColumn(m -> Formats.date(m.assignment().dueDate())).setHeader(getTranslation("assignment.col.due"))
                .setAutoWidth(true);
        grid.addComponentColumn(m -> StatusBadge.of(m.status(), m.overdue()))
                .setHeader(getTranslation("assignment.col.status")).setAutoWidth(true);
        grid.setPartNameGenerator(m -> m.overdue() ? "overdue" : null);
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
    }

    private void facilitator(List<CohortAssignment> list) {
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("assignment.noneGiven"));
            none.setId("no-assignments");
            add(none);
            return;
        }
        Grid<CohortAssignment> grid = new Grid<>();
        grid.setId("given-assignments");
        grid.addComponentColumn(c -> link(c.assignment())).setHeader(getTranslation("assignment.col.title"))
                .setFlexGrow(3);
        grid.addColumn(c -> c.assignment().cohortName() + " · "
                + getTranslation("assignment.gatheringNo", c.assignment().gatheringNumber()))
                .setHeader(getTranslation("assignment.col.gathering")).setAutoWidth(true);
        grid.addColumn(c -> Formats.date(c.assignment().dueDate())).setHeader(getTranslation("assignment.col.due"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("assignment.delivered", c.delivered(), c.expected()))
                .setHeader(getTranslation("assignment.col.delivered")).setAutoWidth(true);
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
    }

    private RouterLink link(AssignmentInfo a) {
        RouterLink link = new RouterLink(a.title(), AssignmentView.class,
                new RouteParameters("assignmentId", String.valueOf(a.id())));
        link.setId("assignment-link-" + a.id());
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assignment.pageTitle");
    }
}
