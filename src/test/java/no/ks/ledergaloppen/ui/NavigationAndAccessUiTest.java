package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.sidenav.SideNavItem;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.base.ui.NotFoundView;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.cohort.CohortSummary;
import no.ks.ledergaloppen.cohort.ui.CohortView;
import no.ks.ledergaloppen.home.ui.HomeView;
import no.ks.ledergaloppen.security.ui.LoginView;
import no.ks.ledergaloppen.security.ui.UsersView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class NavigationAndAccessUiTest extends KaribuTest {

    @Autowired
    CohortService cohorts;

    private java.util.List<String> navLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void anonymous_visitor_is_sent_to_the_login_page() {
        navigate("");
        _assertOne(LoginView.class);
        _assertNone(HomeView.class);
    }

    @Test
    void participant_sees_only_the_participant_navigation() {
        login("ola");
        navigate("");
        _assertOne(HomeView.class);
        assertThat(navLabels()).containsExactly("Hjem", "Saker", "Oppgaver", "Samlinger", "Veikartet", "Idébank");
    }

    @Test
    void facilitator_sees_cohorts_and_users_but_not_administration() {
        login("kari");
        navigate("");
        assertThat(navLabels()).containsExactly("Hjem", "Kulloversikt", "Saker", "Kull", "Oppgaver", "Samlinger", "Veikartet",
                "Idébank", "Brukere");
    }

    @Test
    void administrator_sees_everything() {
        login("admin");
        navigate("");
        assertThat(navLabels()).containsExactly("Hjem", "Kulloversikt", "Saker", "Kull", "Oppgaver", "Samlinger", "Veikartet",
                "Idébank", "Brukere", "Kommuner", "Hendelseslogg", "Sikkerhetskopier");
    }

    @Test
    void participant_cannot_open_the_user_administration_by_address() {
        login("ola");
        assertThatThrownBy(() -> navigate("users")).isInstanceOf(MockAccessDeniedException.class);
        _assertNone(UsersView.class);
    }

    @Test
    void facilitator_cannot_open_a_cohort_they_do_not_facilitate() {
        login("admin");
        CohortSummary prePilot = cohorts.page(false, PageRequest.of(0, 50)).stream()
                .filter(c -> c.name().startsWith("Pre-pilot")).findFirst().orElseThrow();
        CohortSummary west = cohorts.page(false, PageRequest.of(0, 50)).stream()
                .filter(c -> c.name().equals("Pilot i vest")).findFirst().orElseThrow();
        login("kari");
        navigate("cohorts/" + prePilot.id());
        _assertNone(CohortView.class);
        _assertOne(NotFoundView.class);
        navigate("cohorts/" + west.id());
        _assertOne(CohortView.class);
    }
}
