package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.UnorderedList;
import no.ks.ledergaloppen.KaribuTest;
import org.junit.jupiter.api.Test;

class ParticipantHomeUiTest extends KaribuTest {

    @Test
    void participant_home_shows_cohort_municipality_and_leader_group() {
        login("ola");
        navigate("");
        String page = _get(no.ks.ledergaloppen.home.ui.HomeView.class).getElement().getTextRecursively();
        assertThat(page).contains("Haugesund kommune", "Pilot i vest", "Rådmann");
        String group = _get(UnorderedList.class, spec -> spec.withId("leader-group")).getElement().getTextRecursively();
        assertThat(group).contains("Ola Haugland", "Marte Solheim", "Per Eide").doesNotContain("Ingrid Vik");
    }
}
