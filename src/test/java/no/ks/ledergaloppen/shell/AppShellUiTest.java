package no.ks.ledergaloppen.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.assignment.ui.AssignmentView;
import no.ks.ledergaloppen.cohort.ui.CohortView;
import no.ks.ledergaloppen.home.ui.HomeView;
import no.ks.ledergaloppen.security.Language;
import no.ks.ledergaloppen.security.Role;
import no.ks.ledergaloppen.security.UserDraft;
import no.ks.ledergaloppen.security.UserService;
import no.ks.ledergaloppen.security.ui.ChangePasswordView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The app shell and the home page reach other features' pages by their routes, not their classes. */
class AppShellUiTest extends KaribuTest {

    @Autowired
    UserService users;

    @Test
    void a_user_with_a_one_time_password_is_sent_to_change_it_before_anything_else() {
        String username = "shell" + System.nanoTime();
        testLogin.asAdminMeanwhile(() -> users.create(
                new UserDraft(username, "Skall Testesen", username + "@example.no", Role.FACILITATOR, Language.NB)));
        login(username);

        navigate("");
        _assertOne(ChangePasswordView.class);
        _assertNone(HomeView.class);

        navigate("password");
        _assertOne(ChangePasswordView.class);
    }

    @Test
    void a_cohort_card_on_the_facilitators_home_opens_that_cohort() {
        login("kari");
        navigate("");
        Anchor card = _find(Anchor.class).stream().filter(a -> a.getHref().matches("cohorts/\\d+")).findFirst().orElseThrow();
        navigate(card.getHref());
        _assertOne(CohortView.class);
        assertThat(card.getText()).isNotBlank();
    }

    @Test
    void an_open_assignment_on_the_participants_home_opens_that_assignment() {
        login("ola");
        navigate("");
        Anchor link = _find(Anchor.class).stream().filter(a -> a.getHref().matches("assignments/\\d+")).findFirst().orElseThrow();
        navigate(link.getHref());
        _assertOne(AssignmentView.class);
    }
}
