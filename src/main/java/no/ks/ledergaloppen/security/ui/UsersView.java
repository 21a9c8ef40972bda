package no.ks.ledergaloppen.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.Role;
import no.ks.ledergaloppen.security.UserAccount;
import no.ks.ledergaloppen.security.UserService;
import no.ks.ledergaloppen.security.fields.OneTimePasswordDialog;

/**
 * Users: administrators see and manage everyone; facilitators see the participants of their cohorts
 * (new participants are added from the cohort page, straight into a leader group).
 */
@Route("users")
@RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME})
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<UserAccount> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final UserService users;
    private final boolean admin;

    UsersView(UserService users, CurrentUser currentUser) {
        this.users = users;
        this.admin = currentUser.isAdmin();
        setSizeFull();
        filter.setPlaceholder(getTranslation("users.filter"));
        filter.setAriaLabel(getTranslation("users.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout toolbar = new HorizontalLayout(filter);
        toolbar.setWidthFull();
        if (admin) {
            Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(),
                    e -> new UserDialog(users, null, true, this::refresh).open());
            create.setId("new-user");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.addToEnd(create);
        }
        grid.setId("users");
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.displayName")).setKey("displayName")
                .setSortable(true).setWidth("11rem").setFlexGrow(2);
        grid.addColumn(UserAccount::username).setHeader(getTranslation("users.username")).setKey("username").setSortable(true);
        grid.addColumn(UserAccount::email).setHeader(getTranslation("users.email")).setKey("email").setSortable(true)
                .setWidth("14rem").setFlexGrow(2);
        grid.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("users.role"))
                .setKey("role").setSortable(true);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("users.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation(admin ? "users.empty.admin" : "users.empty.facilitator"));
        grid.setItems(query -> users.page(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private Span statusBadge(UserAccount u) {
        Span badge = new Span(getTranslation(u.enabled() ? "users.enabled" : "users.disabled"));
        badge.getElement().getThemeList().add(u.enabled() ? "badge success" : "badge error");
        return badge;
    }

    private HorizontalLayout actions(UserAccount u) {
        Button edit = new Button(getTranslation("action.edit"), e -> new UserDialog(users, u, admin, this::refresh).open());
        Button toggle = new Button(getTranslation(u.enabled() ? "users.disable" : "users.enable"),
                e -> run(() -> users.setEnabled(u.id(), !u.enabled()),
                        getTranslation(u.enabled() ? "users.disabledDone" : "users.enabledDone", u.displayName())));
        toggle.setId("toggle-" + u.username());
        Button reset = new Button(getTranslation("users.resetPassword"), e -> {
            try {
                new OneTimePasswordDialog(u.displayName(), u.username(), users.resetPassword(u.id())).open();
            } catch (DomainException ex) {
                Notifications.error(FieldErrors.message(ex));
            }
        });
        for (Button b : new Button[] {edit, toggle, reset}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(edit, toggle, reset);
    }

    private void run(Runnable action, String success) {
        try {
            action.run();
            Notifications.success(success);
            refresh();
        } catch (DomainException ex) {
            Notifications.error(FieldErrors.message(ex));
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.pageTitle");
    }
}
