package no.ks.ledergaloppen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TranslationsProviderTest {

    private final Locale original = Locale.getDefault();
    private final Translations translations = new Translations();

    @AfterEach
    void restore() {
        Locale.setDefault(original);
    }

    @Test
    void bokmal_users_get_bokmal_even_on_an_english_server() {
        Locale.setDefault(Locale.US);
        assertThat(translations.getTranslation("nav.home", Locale.of("nb", "NO"))).isEqualTo("Hjem");
        assertThat(translations.getTranslation("nav.home", Locale.GERMAN)).isEqualTo("Hjem");
    }

    @Test
    void nynorsk_and_english_users_get_their_own_language() {
        Locale.setDefault(Locale.US);
        assertThat(translations.getTranslation("nav.home", Locale.of("nn", "NO"))).isEqualTo("Heim");
        assertThat(translations.getTranslation("nav.home", Locale.ENGLISH)).isEqualTo("Home");
    }

    @Test
    void parameters_are_filled_in() {
        assertThat(translations.getTranslation("home.facilitator.municipalities", Locale.of("nb", "NO"), 5))
                .isEqualTo("5 kommuner");
        assertThat(translations.getTranslation("validation.tooLong", Locale.ENGLISH, 200))
                .isEqualTo("Cannot be longer than 200 characters");
    }
}
