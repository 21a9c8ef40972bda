package no.ks.ledergaloppen.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.cohort.CohortDetails;
import no.ks.ledergaloppen.cohort.CohortDraft;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.cohort.CohortSummary;
import no.ks.ledergaloppen.cohort.LeaderGroupService;
import no.ks.ledergaloppen.cohort.MunicipalityService;
import no.ks.ledergaloppen.security.UserService;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.Role;
import org.springframework.security.access.AccessDeniedException;

/** One cohort: its facts, its municipalities with their leader groups, and its facilitators. */
@Route("cohorts/:cohortId(\\d+)")
@RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME})
public class CohortView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortService cohorts;
    private final CohortServices services;
    private final CurrentUser currentUser;
    private CohortDetails details;

    CohortView(CohortService cohorts, LeaderGroupService leaderGroups, MunicipalityService municipalities,
               UserService users, CurrentUser currentUser) {
        this.cohorts = cohorts;
        this.services = new CohortServices(cohorts, leaderGroups, municipalities, users);
        this.currentUser = currentUser;
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("cohortId").orElseThrow());
        try {
            details = cohorts.details(id);
        } catch (AccessDeniedException | DomainException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    void reload() {
        details = cohorts.details(details.cohort().id());
        render();
    }

    private void render() {
        removeAll();
        CohortSummary c = details.cohort();
        Span status = new Span(getTranslation("cohort.status." + c.status().name()));
        status.getElement().getThemeList().add("badge");
        Paragraph facts = new Paragraph(c.region() + " · " + Formats.date(c.startDate()) + "–"
                + Formats.date(c.endDate()));
        HorizontalLayout actions = new HorizontalLayout(
                new Button(getTranslation("cohort.edit"), e -> openEdit()),
                new Button(getTranslation(c.archived() ? "cohort.unarchive" : "cohort.archive"), e -> toggleArchived()));
        H2 name = new H2(c.name());
        name.setId("cohort-name");
        add(new HorizontalLayout(name, status), facts);
        if (c.archived()) {
            Span archived = new Span(getTranslation("cohort.archivedBadge"));
            archived.getElement().getThemeList().add("badge contrast");
            add(archived);
        }
        add(actions, new MunicipalitiesSection(details, services, this::reload));
        add(new FacilitatorsSection(details, currentUser.isAdmin(), services, this::reload));
    }

    private void openEdit() {
        CohortSummary c = details.cohort();
        new CohortDialog(getTranslation("cohort.edit"),
                new CohortDraft(c.name(), c.region(), c.startDate(), c.endDate(), c.status()),
                draft -> cohorts.update(c.id(), c.version(), draft), saved -> {
                    Notifications.success(getTranslation("cohort.saved"));
                    reload();
                }).open();
    }

    private void toggleArchived() {
        CohortSummary saved = cohorts.setArchived(details.cohort().id(), !details.cohort().archived());
        Notifications.success(getTranslation(saved.archived() ? "cohort.archived" : "cohort.unarchived"));
        reload();
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("cohorts.pageTitle") : details.cohort().name();
    }
}
