package no.ks.ledergaloppen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.ks.ledergaloppen.security.domain.AppUserRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** A first start without the demo profile: one administrator from the environment, and nothing else. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:first-start;DB_CLOSE_DELAY=-1",
        "ledergaloppen.admin.username=ks-admin",
        "ledergaloppen.admin.password=et-langt-hemmelig-passord"})
@ActiveProfiles("test")
class FirstAdminBootstrapTest {

    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder encoder;

    @Autowired
    FirstAdminBootstrap bootstrap;

    @Test
    void a_common_administrator_password_in_the_environment_stops_the_start_with_a_clear_message() {
        assertThatThrownBy(() -> bootstrap.createFirstAdmin("ks-admin-2", "sommer2026"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LEDERGALOPPEN_ADMIN_PASSWORD").hasMessageContaining("too common");
        assertThatThrownBy(() -> bootstrap.createFirstAdmin("ks-admin-2", "kort"))
                .hasMessageContaining("LEDERGALOPPEN_ADMIN_PASSWORD").hasMessageContaining("at least 10");
        assertThat(users.findByUsername("ks-admin-2")).isEmpty();
    }

    @Test
    void creates_the_administrator_from_the_environment_and_no_demo_users() {
        assertThat(users.count()).isEqualTo(1);
        var admin = users.findByUsername("ks-admin").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(encoder.matches("et-langt-hemmelig-passord", admin.getPasswordHash())).isTrue();
        assertThat(users.findByUsername("ola")).isEmpty();
    }
}
