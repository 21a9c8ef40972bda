package no.ks.ledergaloppen.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.base.DatabaseUnavailable;
import no.ks.ledergaloppen.security.CreatedUser;
import no.ks.ledergaloppen.security.Role;
import no.ks.ledergaloppen.security.UserDraft;
import no.ks.ledergaloppen.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Noticing an outage empties the connection pool; on the embedded H2 database that must not break anything
 * (H2 2.4 loses a check constraint when the connection that created it closes).
 */
@ServiceTest
class OutageOnEmbeddedDatabaseTest {

    @Autowired
    DatabaseUnavailable database;
    @Autowired
    UserService users;
    @Autowired
    TestLogin login;

    @Test
    void after_an_outage_is_noticed_on_the_embedded_database_new_users_can_still_be_saved() {
        database.forgetPooledConnections();

        login.as("admin");
        CreatedUser created = users.create(new UserDraft("nils", "Nils Nilsen", "nils@example.no", Role.PARTICIPANT,
                no.ks.ledergaloppen.security.Language.NB));

        assertThat(users.findByUsername("nils")).isPresent();
        assertThat(created).isNotNull();
    }
}
