package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.TestCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ParticipantHomeUiTest extends KaribuTest {

    @Autowired TestCases demo;

    @Test
    void participant_home_starts_with_the_case_the_leader_group_put_first_and_where_it_stands() {
        login("ola");
        navigate("");
        Div card = _get(Div.class, spec -> spec.withId("home-case"));
        assertThat(card.getElement().getTextRecursively()).startsWith("Vår sak").contains("4 Testing");
        Anchor title = _get(Anchor.class, spec -> spec.withId("home-case-link"));
        assertThat(title.getText()).isEqualTo("Trygg hjemme med digitalt tilsyn");
        assertThat(title.getHref()).isEqualTo("cases/" + demo.idOf("Haugesund kommune"));
        assertThat(_get(Span.class, spec -> spec.withId("home-case-days")).getText()).endsWith("dager i fasen");
        assertThat(_get(Span.class, spec -> spec.withId("home-case-foundations")).getText())
                .isEqualTo("De fem fundamentene: 576 (18 %)");
        Anchor more = _get(Anchor.class, spec -> spec.withId("home-case-more"));
        assertThat(more.getText()).isEqualTo("+1 sak til");
        assertThat(more.getHref()).isEqualTo("cases");
    }

    @Test
    void a_nynorsk_participant_reads_the_case_card_in_nynorsk() {
        login("ingrid");
        navigate("");
        assertThat(_get(Div.class, spec -> spec.withId("home-case")).getElement().getTextRecursively())
                .startsWith("Saka vår").contains("dagar i fasen", "Dei fem fundamenta");
    }

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
