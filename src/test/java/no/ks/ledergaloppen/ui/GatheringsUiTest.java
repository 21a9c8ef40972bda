package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.gathering.GatheringService;
import no.ks.ledergaloppen.gathering.HomeVisitService;
import no.ks.ledergaloppen.gathering.card.GatheringCard;
import no.ks.ledergaloppen.security.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GatheringsUiTest extends KaribuTest {

    @Autowired
    no.ks.ledergaloppen.TestClock testClock;

    @Autowired
    GatheringService gatherings;
    @Autowired
    HomeVisitService visits;

    @Test
    void participant_sees_the_next_gathering_on_the_home_page_and_all_four_with_the_agenda_on_gatherings() {
        login("ola");
        navigate("");
        long west = gatherings.myCohorts().keySet().iterator().next();
        String home = _get(Div.class, spec -> spec.withId("next-gathering-" + west)).getElement().getTextRecursively();
        assertThat(home).contains("Samling 3: Idéutvikling og testing", "Kvam herad, Norheimsund");

        navigate("gatherings");
        assertThat(_find(GatheringCard.class)).hasSize(4);
        assertThat(_find(GatheringCard.class)).filteredOn(c -> c.getElement().getClassList().contains("next"))
                .singleElement().satisfies(c -> assertThat(c.getElement().getTextRecursively())
                        .contains("Neste samling", "Fra idé til test: BLT-runder i praksis"));
        _assertNone(Button.class, spec -> spec.withId("new-gathering-" + west));
        String visitsText = _get(Div.class, spec -> spec.withId("home-visits-" + west)).getElement().getTextRecursively();
        assertThat(visitsText).contains("Haugesund kommune", "Gjennomført").doesNotContain("Voss herad");
    }

    @Test
    @SuppressWarnings("unchecked")
    void facilitator_plans_a_home_visit_and_a_gathering_without_a_place_shows_the_message() {
        login("kari");
        navigate("gatherings");
        long west = gatherings.myCohorts().entrySet().stream().filter(e -> e.getValue().equals("Pilot i vest"))
                .findFirst().orElseThrow().getKey();
        _click(_get(Button.class, spec -> spec.withId("new-gathering-" + west)));
        _get(DatePicker.class, spec -> spec.withId("gathering-date")).setValue(testClock.today().plusMonths(5));
        _get(TextField.class, spec -> spec.withId("gathering-theme")).setValue("Ekstra: gevinster");
        _click(_get(Button.class, spec -> spec.withId("save-gathering")));
        TextField place = _get(TextField.class, spec -> spec.withId("gathering-place"));
        assertThat(place.isInvalid()).isTrue();
        assertThat(place.getErrorMessage()).isEqualTo("Må fylles ut");
        assertThat(gatherings.forCohort(west)).hasSize(4);
        place.setValue("Stord kulturhus");
        _get(TextField.class, spec -> spec.withId("agenda-title-0")).setValue("Velkommen");
        _click(_get(Button.class, spec -> spec.withId("save-gathering")));
        assertThat(gatherings.forCohort(west)).hasSize(5);

        Div westVisits = _get(Div.class, spec -> spec.withId("home-visits-" + west));
        Button plan = _find(westVisits, Button.class).stream().filter(b -> "Planlegg besøk".equals(b.getText()))
                .findFirst().orElseThrow();
        _click(plan);
        _get(DatePicker.class, spec -> spec.withId("visit-date")).setValue(testClock.today().plusDays(14));
        _click(_get(Button.class, spec -> spec.withId("save-visit")));
        MultiSelectComboBox<UserAccount> who = _get(MultiSelectComboBox.class, spec -> spec.withId("visit-facilitators"));
        assertThat(who.getErrorMessage()).isEqualTo("Velg minst én fasilitator");
        who.setValue(Set.copyOf(who.getListDataView().getItems().toList()));
        _get(TextArea.class, spec -> spec.withId("visit-trained-on")).setValue("Gevinstkart for saken");
        _click(_get(Button.class, spec -> spec.withId("save-visit")));
        assertThat(visits.visits(west)).hasSize(3);
    }
}
