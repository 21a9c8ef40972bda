package no.ks.ledergaloppen.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.springframework.data.domain.PageRequest;
import no.ks.ledergaloppen.assignment.AssignmentInfo;
import no.ks.ledergaloppen.assignment.AssignmentService;
import no.ks.ledergaloppen.assignment.CohortAssignment;
import no.ks.ledergaloppen.assignment.MyAssignment;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.roadmap.RoadmapService;
import no.ks.ledergaloppen.security.CurrentUser;

/**
 * Participants: their assignments in force with due date and status, overdue ones marked. Facilitators:
 * the assignments they gave (withdrawn ones marked), with how many have handed in, and a button to give a
 * new one. The tables keep their columns readable and scroll sideways on a phone.
 */
@Route("assignments")
@PermitAll
public class AssignmentsView extends VerticalLayout implements HasDynamicTitle {

    AssignmentsView(AssignmentService assignments, RoadmapService roadmap, CurrentUser currentUser, Clock clock) {
        setMaxWidth("72rem");
        setSizeFull();
        if (currentUser.isParticipant()) {
            participant(assignments.mine());
        } else {
            Button create = new Button(getTranslation("assignment.new"), e -> new AssignmentDialog(assignments,
                    roadmap, clock, saved -> getUI().ifPresent(ui -> ui.navigate(AssignmentView.class,
                    new RouteParameters("assignmentId", String.valueOf(saved.id()))))).open());
            create.setId("new-assignment");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
            facilitator(assignments);
        }
    }

    /** A participant's own assignments: bounded by their cohort's programme (a few per gathering), so listed whole. */
    private void participant(List<MyAssignment> list) {
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("assignment.noneForYou"));
            none.setId("no-assignments");
            add(none);
            return;
        }
        Grid<MyAssignment> grid = grid("my-assignments");
        grid.addComponentColumn(m -> link(m.assignment())).setHeader(getTranslation("assignment.col.title"))
                .setWidth("14rem").setFlexGrow(1);
        grid.addColumn(m -> getTranslation("assignment.gatheringNo", m.assignment().gatheringNumber()))
                .setHeader(getTranslation("assignment.col.gathering")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(m -> Formats.date(m.assignment().dueDate())).setHeader(getTranslation("assignment.col.due"))
                .setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(m -> StatusBadge.of(m.status(), m.overdue()))
                .setHeader(getTranslation("assignment.col.status")).setWidth("13rem").setFlexGrow(0);
        grid.setPartNameGenerator(m -> m.overdue() ? "overdue" : null);
        grid.setItems(list);
        add(grid);
        setFlexGrow(1, grid);
    }

    /** Every assignment of every cohort the caller runs (an administrator: all of them), read a page at a time. */
    private void facilitator(AssignmentService assignments) {
        if (assignments.given(PageRequest.of(0, 1)).isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("assignment.noneGiven"));
            none.setId("no-assignments");
            add(none);
            return;
        }
        Grid<CohortAssignment> grid = grid("given-assignments");
        grid.addComponentColumn(c -> title(c.assignment())).setHeader(getTranslation("assignment.col.title"))
                .setKey("title").setWidth("14rem").setFlexGrow(1);
        grid.addColumn(c -> c.assignment().cohortName() + " · "
                + getTranslation("assignment.gatheringNo", c.assignment().gatheringNumber()))
                .setHeader(getTranslation("assignment.col.gathering")).setWidth("12rem").setFlexGrow(0);
        grid.addColumn(c -> Formats.date(c.assignment().dueDate())).setHeader(getTranslation("assignment.col.due"))
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(c -> getTranslation("assignment.delivered", c.delivered(), c.expected()))
                .setHeader(getTranslation("assignment.col.delivered")).setWidth("6rem").setFlexGrow(0);
        grid.setItems(query -> assignments.given(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        add(grid);
        setFlexGrow(1, grid);
    }

    private static <T> Grid<T> grid(String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.addClassName("scroll-grid");
        grid.setWidthFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private Div title(AssignmentInfo a) {
        Div cell = new Div(link(a));
        if (a.withdrawn()) {
            Span withdrawn = new Span(getTranslation("assignment.withdrawnBadge"));
            withdrawn.getElement().getThemeList().add("badge error");
            withdrawn.setId("withdrawn-" + a.id());
            cell.add(new Span(" "), withdrawn);
        }
        return cell;
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
