package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.TestCases;
import no.ks.ledergaloppen.innovationcase.ui.PhaseTrack;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The case page's row of phases, sent as one read-only element: what a screen reader and the eye get from it. */
class PhaseTrackUiTest extends KaribuTest {

    @Autowired TestCases demo;

    @Test
    void the_track_marks_the_current_phase_in_words_and_the_phases_the_case_has_been_through() {
        login("ola");
        navigate("cases/" + demo.idOf("Haugesund kommune"));

        Html track = (Html) _get(PhaseTrack.class).getChildren().findFirst().orElseThrow();
        assertThat(track.getElement().getTag()).isEqualTo("ol");
        assertThat(track.getElement().getAttribute("aria-label")).isEqualTo("Fasene i veikartet");
        Document page = Jsoup.parseBodyFragment("<ol>" + track.getInnerHtml() + "</ol>");
        assertThat(page.select("li")).hasSize(6);
        assertThat(page.select("li[aria-current=step]").text()).isEqualTo("4 Testing (nåværende fase)");
        assertThat(page.select("li.visited").eachText()).contains("1 Forankring (saken har vært her)");
        assertThat(page.select("li.phase-operations").text()).isEqualTo("6 Drift");
    }
}
