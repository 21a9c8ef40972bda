package no.ks.ledergaloppen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.base.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;

@ServiceTest
class UserServiceTest {

    @Autowired
    UserService users;
    @Autowired
    TestLogin login;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder encoder;

    private static UserDraft draft(String username, String email) {
        return new UserDraft(username, "Nina Ny", email, Role.PARTICIPANT, Language.NB);
    }

    private long userCount() {
        return users.page("", PageRequest.of(0, 1)).getTotalElements();
    }

    @Test
    void admin_creates_a_user_with_a_one_time_password_that_must_be_changed() {
        login.as("admin");
        CreatedUser created = users.create(draft("nina", "nina@example.no"));
        assertThat(created.oneTimePassword()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(created.account().mustChangePassword()).isTrue();
        var principal = (AppUserPrincipal) userDetails.loadUserByUsername("nina");
        assertThat(encoder.matches(created.oneTimePassword(), principal.getPassword())).isTrue();
    }

    @Test
    void duplicate_username_is_refused_and_nothing_is_saved() {
        login.as("admin");
        long before = userCount();
        assertThatThrownBy(() -> users.create(draft("OLA", "other@example.no")))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).field()).isEqualTo("username");
                    assertThat(((DomainException) e).messageKey()).isEqualTo("users.error.usernameTaken");
                });
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void duplicate_email_is_refused_and_nothing_is_saved() {
        login.as("admin");
        long before = userCount();
        assertThatThrownBy(() -> users.create(draft("nina", "OLA@demo.ledergaloppen.no")))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "users.error.emailTaken");
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void missing_name_is_refused() {
        login.as("admin");
        assertThatThrownBy(() -> users.create(new UserDraft("nina", "  ", "nina@example.no", Role.PARTICIPANT,
                Language.NB)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("field", "displayName")
                .hasFieldOrPropertyWithValue("messageKey", "validation.required");
    }

    @Test
    void malformed_username_and_email_are_refused() {
        login.as("admin");
        assertThatThrownBy(() -> users.create(draft("nina nordmann", "nina@example.no")))
                .hasFieldOrPropertyWithValue("messageKey", "users.error.usernameFormat");
        assertThatThrownBy(() -> users.create(draft("nina", "nina.example.no")))
                .hasFieldOrPropertyWithValue("messageKey", "users.error.emailFormat");
    }

    @Test
    void facilitator_cannot_create_an_administrator_or_a_facilitator() {
        login.as("kari");
        assertThatThrownBy(() -> users.create(new UserDraft("boss", "Boss", "boss@example.no", Role.ADMIN, Language.NB)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(new UserDraft("fac", "Fac", "fac@example.no", Role.FACILITATOR,
                Language.NB))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void facilitator_sees_and_manages_only_participants_of_their_cohorts() {
        login.as("admin");
        long jon = users.findByUsername("jon").orElseThrow().id();
        login.as("kari");
        var visible = users.page("", PageRequest.of(0, 100)).map(UserAccount::username).toList();
        assertThat(visible).contains("ola", "ingrid").doesNotContain("admin", "jon", "kari");
        assertThatThrownBy(() -> users.setEnabled(jon, false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void participant_cannot_list_or_create_users() {
        login.as("ola");
        assertThatThrownBy(() -> users.page("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(draft("nina", "nina@example.no")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void changing_own_password_checks_the_current_one_and_the_repeat() {
        login.as("ola");
        assertThatThrownBy(() -> users.changeOwnPassword("wrong-password", "ny-passord-123", "ny-passord-123"))
                .hasFieldOrPropertyWithValue("field", "current");
        assertThatThrownBy(() -> users.changeOwnPassword("galopp-demo", "kort", "kort"))
                .hasFieldOrPropertyWithValue("messageKey", "password.error.tooShort");
        assertThatThrownBy(() -> users.changeOwnPassword("galopp-demo", "ny-passord-123", "ny-passord-124"))
                .hasFieldOrPropertyWithValue("messageKey", "password.error.mismatch");
        users.changeOwnPassword("galopp-demo", "ny-passord-123", "ny-passord-123");
        var principal = (AppUserPrincipal) userDetails.loadUserByUsername("ola");
        assertThat(encoder.matches("ny-passord-123", principal.getPassword())).isTrue();
    }

    @Test
    void a_reset_password_must_be_changed_at_next_login() {
        login.as("admin");
        long ola = users.findByUsername("ola").orElseThrow().id();
        String oneTime = users.resetPassword(ola);
        login.as("ola");
        assertThat(users.mustChangePassword()).isTrue();
        users.changeOwnPassword(oneTime, "mitt-eget-passord", "mitt-eget-passord");
        assertThat(users.mustChangePassword()).isFalse();
    }

    @Test
    void language_choice_is_saved_on_the_user() {
        login.as("ola");
        users.setOwnLanguage(Language.EN);
        assertThat(((AppUserPrincipal) userDetails.loadUserByUsername("ola")).language()).isEqualTo(Language.EN);
    }

    @Test
    void admin_cannot_disable_themselves() {
        login.as("admin");
        long admin = users.findByUsername("admin").orElseThrow().id();
        assertThatThrownBy(() -> users.setEnabled(admin, false))
                .hasFieldOrPropertyWithValue("messageKey", "users.error.disableSelf");
    }
}
