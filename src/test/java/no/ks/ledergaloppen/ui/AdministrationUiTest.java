package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.cohort.ui.CohortView;
import no.ks.ledergaloppen.security.UserService;
import no.ks.ledergaloppen.security.fields.OneTimePasswordDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class AdministrationUiTest extends KaribuTest {

    @Autowired
    UserService users;

    private long userCount() {
        return users.page("", PageRequest.of(0, 1)).getTotalElements();
    }

    @Test
    void admin_creates_a_cohort_and_lands_on_its_page() {
        login("admin");
        navigate("cohorts");
        _click(_get(Button.class, spec -> spec.withId("new-cohort")));
        _get(TextField.class, spec -> spec.withLabel("Navn")).setValue("Pilot i Agder");
        _get(TextField.class, spec -> spec.withLabel("Region")).setValue("Agder");
        _get(DatePicker.class, spec -> spec.withLabel("Startdato")).setValue(LocalDate.of(2027, 1, 15));
        _get(DatePicker.class, spec -> spec.withLabel("Sluttdato")).setValue(LocalDate.of(2027, 11, 30));
        _click(_get(Button.class, spec -> spec.withId("save-cohort")));
        _assertOne(CohortView.class);
        assertThat(_get(H2.class, spec -> spec.withId("cohort-name")).getText()).isEqualTo("Pilot i Agder");
    }

    @Test
    void cohort_form_refuses_an_end_date_before_the_start_date() {
        login("admin");
        navigate("cohorts");
        _click(_get(Button.class, spec -> spec.withId("new-cohort")));
        _get(TextField.class, spec -> spec.withLabel("Navn")).setValue("Baklengs");
        _get(TextField.class, spec -> spec.withLabel("Region")).setValue("Agder");
        _get(DatePicker.class, spec -> spec.withLabel("Startdato")).setValue(LocalDate.of(2027, 5, 1));
        DatePicker end = _get(DatePicker.class, spec -> spec.withLabel("Sluttdato"));
        end.setValue(LocalDate.of(2027, 4, 1));
        _click(_get(Button.class, spec -> spec.withId("save-cohort")));
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("Sluttdatoen kan ikke være før startdatoen");
        _assertOne(no.ks.ledergaloppen.cohort.ui.CohortsView.class);
    }

    @Test
    void admin_creates_a_user_and_sees_the_one_time_password() {
        login("admin");
        long before = userCount();
        navigate("users");
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        _get(TextField.class, spec -> spec.withId("username")).setValue("nina");
        _get(TextField.class, spec -> spec.withId("display-name")).setValue("Nina Nilsen");
        _get(EmailField.class, spec -> spec.withId("email")).setValue("nina@haugesund.kommune.no");
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        _assertOne(OneTimePasswordDialog.class);
        assertThat(_get(Span.class, spec -> spec.withId("one-time-password")).getText()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(userCount()).isEqualTo(before + 1);
        assertThat(users.findByUsername("nina")).isPresent();
    }

    @Test
    void duplicate_username_shows_the_message_under_the_field_and_saves_nothing() {
        login("admin");
        long before = userCount();
        navigate("users");
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        TextField username = _get(TextField.class, spec -> spec.withId("username"));
        username.setValue("ola");
        _get(TextField.class, spec -> spec.withId("display-name")).setValue("En annen Ola");
        _get(EmailField.class, spec -> spec.withId("email")).setValue("annen.ola@example.no");
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("Brukernavnet er allerede i bruk");
        assertThat(username.getValue()).isEqualTo("ola");
        assertThat(userCount()).isEqualTo(before);
    }
}
