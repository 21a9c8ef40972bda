package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.audit.AuditEntry;
import no.ks.ledergaloppen.audit.AuditFilter;
import no.ks.ledergaloppen.audit.AuditService;
import no.ks.ledergaloppen.audit.ui.AuditView;
import no.ks.ledergaloppen.base.AuditKind;
import no.ks.ledergaloppen.security.Language;
import no.ks.ledergaloppen.security.Role;
import no.ks.ledergaloppen.security.UserDraft;
import no.ks.ledergaloppen.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class AuditUiTest extends KaribuTest {

    @Autowired UserService users;
    @Autowired TestClock clock;
    @Autowired AuditService audit;

    @SuppressWarnings("unchecked")
    private static List<AuditEntry> rows() {
        return _findAll((Grid<AuditEntry>) _get(Grid.class, spec -> spec.withId("audit")));
    }

    @Test
    void an_administrator_finds_the_audit_log_in_the_side_navigation_and_filters_it_by_kind_and_days() {
        clock.stopAt(LocalDate.of(2031, 7, 1), LocalTime.of(10, 0));
        login("admin");
        long nina = users.create(new UserDraft("nina", "Nina Ny", "nina@test.no", Role.PARTICIPANT, Language.NB))
                .account().id();
        navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Hendelseslogg");
        navigate("admin/audit");

        _get(DatePicker.class, spec -> spec.withId("audit-from")).setValue(LocalDate.of(2031, 7, 1));
        _get(DatePicker.class, spec -> spec.withId("audit-to")).setValue(LocalDate.of(2031, 7, 1));
        @SuppressWarnings("unchecked")
        ComboBox<AuditKind> kind = _get(ComboBox.class, spec -> spec.withId("audit-kind"));
        kind.setValue(AuditKind.USER_CREATED);

        assertThat(rows()).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("user:" + nina);
            assertThat(e.displayName()).isEqualTo("Astrid Berg");
        });
    }

    @Test
    void a_range_that_ends_before_it_starts_shows_the_message_under_the_to_date_and_keeps_the_list() {
        login("admin");
        navigate("admin/audit");
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("audit-to"));
        to.setValue(LocalDate.of(2031, 7, 1));
        int before = rows().size();
        assertThat(before).isPositive();
        _get(DatePicker.class, spec -> spec.withId("audit-from")).setValue(LocalDate.of(2031, 7, 10));

        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Til-datoen kan ikke være før fra-datoen");
        assertThat(rows()).hasSize(before);
    }

    @Test
    void logging_out_from_the_user_menu_is_recorded() {
        login("ola");
        long ola = testLogin.asAdminMeanwhile(() -> users.findByUsername("ola").orElseThrow().id());
        navigate("");
        ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("user-menu")), "logout");

        assertThat(testLogin.asAdminMeanwhile(() -> audit.page(new AuditFilter(ola, AuditKind.LOGOUT, null, null),
                PageRequest.of(0, 10)).getContent())).isNotEmpty();
    }

    @Test
    void a_facilitator_cannot_open_the_audit_log() {
        login("kari");
        assertThatThrownBy(() -> navigate("admin/audit")).isInstanceOf(MockAccessDeniedException.class);
        _assertNone(AuditView.class);
    }
}
