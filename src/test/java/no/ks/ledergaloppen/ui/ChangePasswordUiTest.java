package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.security.AppUserPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The password page explains a refused password under the field and changes nothing. */
class ChangePasswordUiTest extends KaribuTest {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder encoder;

    private PasswordField tryNewPassword(String password) {
        navigate("password");
        _get(PasswordField.class, spec -> spec.withLabel("Nåværende passord")).setValue("galopp-demo");
        PasswordField newPassword = _get(PasswordField.class, spec -> spec.withLabel("Nytt passord"));
        newPassword.setValue(password);
        _get(PasswordField.class, spec -> spec.withLabel("Gjenta nytt passord")).setValue(password);
        _click(_get(Button.class, spec -> spec.withText("Lagre passord")));
        return newPassword;
    }

    private boolean olaStillHasTheDemoPassword() {
        return encoder.matches("galopp-demo", ((AppUserPrincipal) userDetails.loadUserByUsername("ola")).getPassword());
    }

    @Test
    void the_page_tells_the_rule_before_anything_is_typed() {
        login("ola");
        navigate("password");
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Nytt passord")).getHelperText())
                .isEqualTo("Minst 10 tegn. Unngå vanlige passord som «sommer2026».");
    }

    @Test
    void a_common_password_is_explained_under_the_field() {
        login("ola");
        PasswordField field = tryNewPassword("Sommer2026!");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).startsWith("Dette passordet er for vanlig og lett å gjette.");
        assertThat(olaStillHasTheDemoPassword()).isTrue();
    }

    @Test
    void a_password_too_long_for_bcrypt_is_explained_not_an_error_page() {
        login("ola");
        PasswordField field = tryNewPassword("Blåbær og rødgrøt på søndag, fløte til, før vi går på tur i år");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage())
                .isEqualTo("Passordet er for langt: bruk høyst 72 tegn, der æ, ø og å teller som to.");
        assertThat(olaStillHasTheDemoPassword()).isTrue();
    }
}
