package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.assignment.CohortAssignment;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.gathering.GatheringInfo;
import no.ks.ledergaloppen.security.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Lists that grow with the programme (every given assignment, the coming gatherings, the participants to pick)
 * are read from the database as the user scrolls or types, never handed to the browser whole.
 */
class LazyListsUiTest extends KaribuTest {

    @Autowired
    CohortService cohorts;

    @Test
    @SuppressWarnings("unchecked")
    void the_given_assignments_and_the_gatherings_to_give_at_are_read_a_page_at_a_time() {
        login("kari");
        navigate("assignments");
        Grid<CohortAssignment> given = _get(Grid.class, spec -> spec.withId("given-assignments"));
        assertThat(given.getDataProvider().isInMemory()).isFalse();
        assertThat(GridKt._findAll(given)).isNotEmpty();

        _click(_get(Button.class, spec -> spec.withId("new-assignment")));
        ComboBox<GatheringInfo> gathering = _get(ComboBox.class, spec -> spec.withId("assignment-gathering"));
        assertThat(gathering.getDataProvider().isInMemory()).isFalse();
        assertThat(ComboBoxKt.getSuggestionItems(gathering)).isNotEmpty()
                .allMatch(g -> g.cohortName().startsWith("Pilot i"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_participant_picker_is_read_a_page_at_a_time_and_filtered_by_what_is_typed() {
        login("admin");
        long cohortId = cohorts.page(false, PageRequest.of(0, 50)).stream()
                .filter(c -> c.name().equals("Pilot i vest")).findFirst().orElseThrow().id();
        navigate("cohorts/" + cohortId);
        _click(_find(Button.class, spec -> spec.withText("Legg til person")).getFirst());
        ComboBox<UserAccount> participant = _get(ComboBox.class, spec -> spec.withLabel("Deltaker"));

        assertThat(participant.getDataProvider().isInMemory()).isFalse();
        assertThat(ComboBoxKt.getSuggestionItems(participant)).extracting(UserAccount::displayName)
                .contains("Ola Haugland", "Ingrid Vik");
    }
}
