package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.notification.NotificationService;
import no.ks.ledergaloppen.notification.ui.NotificationsView;
import no.ks.ledergaloppen.security.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Following the link to the page one is on shows it as it is now, as loading it again in a browser does: Vaadin
 * keeps a view of the same class, so MainLayout has the view made anew.
 */
class SamePageAgainUiTest extends KaribuTest {

    @Autowired NotificationService notifications;
    @Autowired CurrentUser currentUser;

    @Test
    void opening_the_notifications_again_shows_one_that_came_in_meanwhile() {
        login("ola");
        navigate("notifications");
        NotificationsView first = _get(NotificationsView.class);
        assertThat(list()).doesNotContain("Ny oppgave: «Prøv tjenesten på tre brukere»");

        long ola = currentUser.id();
        notifications.send(List.of(ola), "notification.newAssignment", List.of("Prøv tjenesten på tre brukere", "01.12.2026"),
                "/assignments", null);
        UI.getCurrent().navigate("notifications"); // its side-nav entry, followed again

        assertThat(_get(NotificationsView.class)).isNotSameAs(first);
        assertThat(list()).contains("Ny oppgave: «Prøv tjenesten på tre brukere», frist 01.12.2026");
    }

    @Test
    void a_filter_changed_in_the_address_keeps_the_page_it_is_on() {
        login("ola");
        navigate("roadmap");
        var roadmap = _get(no.ks.ledergaloppen.roadmap.ui.RoadmapView.class);
        UI.getCurrent().navigate("roadmap", com.vaadin.flow.router.QueryParameters.fromString("fase=testing"));
        assertThat(_get(no.ks.ledergaloppen.roadmap.ui.RoadmapView.class)).isSameAs(roadmap);
    }

    private String list() {
        return _get(UnorderedList.class, spec -> spec.withId("notifications")).getElement().getTextRecursively();
    }
}
