package no.ks.ledergaloppen.ui;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.security.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** "Legg til person" offers a facilitator only the people they may take into their cohort. */
class MemberDialogUiTest extends KaribuTest {

    @Autowired
    CohortService cohorts;

    @SuppressWarnings("unchecked")
    private List<String> offeredOnThePageOf(String cohortPrefix) {
        long cohortId = testLogin.asAdminMeanwhile(() -> cohorts.page(false, PageRequest.of(0, 50)).stream()
                .filter(c -> c.name().startsWith(cohortPrefix)).findFirst().orElseThrow().id());
        navigate("cohorts/" + cohortId);
        _click(_find(Button.class, spec -> spec.withText("Legg til person")).getFirst());
        ComboBox<UserAccount> participant = _get(ComboBox.class, spec -> spec.withLabel("Deltaker"));
        return ComboBoxKt.getSuggestionItems(participant).stream().map(UserAccount::displayName).toList();
    }

    @Test
    void facilitator_of_the_pre_pilot_is_not_offered_the_participants_of_pilot_i_vest() {
        login("jon");
        assertThat(offeredOnThePageOf("Pre-pilot")).doesNotContain("Ola Haugland", "Ingrid Vik");
    }
}
