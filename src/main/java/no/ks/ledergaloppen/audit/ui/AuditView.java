package no.ks.ledergaloppen.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import no.ks.ledergaloppen.audit.AuditEntry;
import no.ks.ledergaloppen.audit.AuditService;
import no.ks.ledergaloppen.security.Role;
import no.ks.ledergaloppen.security.UserService;

/** The audit trail for administrators: who did what and when, newest first, filtered by person, kind and days. */
@Route("admin/audit")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    final Grid<AuditEntry> grid = new Grid<>();

    AuditView(AuditService audit, UserService users) {
        setSizeFull();
        AuditFilterBar filters = new AuditFilterBar(users, () -> grid.getDataProvider().refreshAll());
        grid.setId("audit");
        grid.addColumn(e -> TIME.format(ZonedDateTime.ofInstant(e.at(), no.ks.ledergaloppen.base.AppClock.OSLO)))
                .setHeader(getTranslation("audit.column.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::who).setHeader(getTranslation("audit.column.person")).setKey("person");
        grid.addColumn(e -> getTranslation("audit.kind." + e.kind().name())).setHeader(getTranslation("audit.column.kind"))
                .setKey("kind");
        grid.addComponentColumn(AuditView::subject).setHeader(getTranslation("audit.column.subject")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.column.detail")).setKey("detail")
                .setFlexGrow(2);
        grid.addColumn(AuditEntry::clientAddress).setHeader(getTranslation("audit.column.address")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setItems(query -> audit.page(filters.current(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        add(new Paragraph(getTranslation("audit.intro")), filters, grid);
        setFlexGrow(1, grid);
    }

    String who(AuditEntry e) {
        if (!e.displayName().isBlank()) {
            return e.displayName();
        }
        if (e.username() != null) {
            return e.username();
        }
        return e.userId() != null && e.userId() == AuditEntry.SYSTEM_USER_ID ? getTranslation("audit.system") : "";
    }

    /** A case is linked, so that an administrator can open it (archived ones included). */
    private static Component subject(AuditEntry e) {
        String subject = e.subject() == null ? "" : e.subject();
        return subject.startsWith("case:") ? new Anchor("cases/" + subject.substring(5), subject) : new Text(subject);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.pageTitle");
    }
}
