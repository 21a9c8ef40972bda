package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.cohort.MunicipalityInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Where the keyboard focus goes when the component that had it is gone: a section drawn anew after a save, a
 * dialog opened from another dialog. Without it the focus falls to the page's start (found in the admin journey).
 */
class FocusReturnUiTest extends KaribuTest {

    @Autowired
    CohortService cohorts;

    @Test
    void closing_the_one_time_password_of_a_new_user_puts_the_focus_back_on_new_user() {
        login("admin");
        navigate("users");
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        _get(TextField.class, spec -> spec.withId("username")).setValue("fokus.test");
        _get(TextField.class, spec -> spec.withId("display-name")).setValue("Fokus Test");
        _get(EmailField.class, spec -> spec.withId("email")).setValue("fokus.test@example.no");
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        focusRequests(); // those of opening the dialog
        _click(_get(Button.class, spec -> spec.withId("close-one-time-password")));
        assertThat(focusRequests()).containsExactly("new-user");
    }

    @Test
    void enrolling_a_municipality_puts_the_focus_back_on_the_municipality_field_for_the_next() {
        login("admin");
        navigate("cohorts/" + cohorts.page(false, PageRequest.of(0, 50)).stream()
                .filter(c -> c.name().equals("Pilot i vest")).findFirst().orElseThrow().id());
        @SuppressWarnings("unchecked")
        ComboBox<MunicipalityInfo> choice = _get(ComboBox.class, spec -> spec.withId("enrol-municipality"));
        choice.setValue(choice.getListDataView().getItems().filter(m -> m.name().equals("Time kommune")).findFirst().orElseThrow());
        focusRequests();
        _click(_get(Button.class, spec -> spec.withId("enrol")));
        assertThat(focusRequests()).containsExactly("enrol-municipality");
    }

    /** The ids the server asked the browser to focus since the last call. */
    private static List<String> focusRequests() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(p -> p.getInvocation())
                .filter(i -> i.getExpression().contains("getElementById") && i.getExpression().contains(".focus()"))
                .map(i -> String.valueOf(i.getParameters().getFirst()))
                .toList();
    }
}
