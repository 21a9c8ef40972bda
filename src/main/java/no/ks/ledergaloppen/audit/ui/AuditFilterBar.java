package no.ks.ledergaloppen.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.Optional;
import no.ks.ledergaloppen.audit.AuditFilter;
import no.ks.ledergaloppen.base.AuditKind;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.DatePickers;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.security.UserAccount;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.data.domain.PageRequest;

/** The audit view's filters: person, kind and a range of days; tells the view when a valid filter is chosen. */
class AuditFilterBar extends FlexLayout {

    final ComboBox<UserAccount> person = new ComboBox<>();
    final ComboBox<AuditKind> kind = new ComboBox<>();
    final DatePicker from = DatePickers.create(getTranslation("audit.filter.from"));
    final DatePicker to = DatePickers.create(getTranslation("audit.filter.to"));
    private AuditFilter current = AuditFilter.ANY;

    AuditFilterBar(UserService users, Runnable changed) {
        person.setLabel(getTranslation("audit.filter.person"));
        person.setId("audit-person");
        person.setClearButtonVisible(true);
        person.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        person.setItems(query -> users.page(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        kind.setLabel(getTranslation("audit.filter.kind"));
        kind.setId("audit-kind");
        kind.setClearButtonVisible(true);
        kind.setItems(AuditKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("audit.kind." + k.name()));
        from.setId("audit-from");
        to.setId("audit-to");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        person.addValueChangeListener(e -> apply(changed));
        kind.addValueChangeListener(e -> apply(changed));
        from.addValueChangeListener(e -> apply(changed));
        to.addValueChangeListener(e -> apply(changed));
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)");
        add(person, kind, from, to);
    }

    AuditFilter current() {
        return current;
    }

    private void apply(Runnable changed) {
        to.setInvalid(false);
        AuditFilter next = new AuditFilter(Optional.ofNullable(person.getValue()).map(UserAccount::id).orElse(null),
                kind.getValue(), from.getValue(), to.getValue());
        try {
            current = next.check();
            changed.run();
        } catch (DomainException e) {
            new FieldErrors().map("to", to).show(e);
        }
    }
}
