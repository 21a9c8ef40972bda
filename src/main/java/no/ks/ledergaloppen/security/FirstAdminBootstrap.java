package no.ks.ledergaloppen.security;

import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.security.domain.AppUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an empty production database, creates the first administrator: from the environment
 * (LEDERGALOPPEN_ADMIN_USERNAME / LEDERGALOPPEN_ADMIN_PASSWORD), or with a random one-time password
 * written once to the log. Never a fixed default password.
 */
@Component
@Profile("!demo")
@Order(0)
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final AppUserRepository users;
    private final UserService userService;
    private final SystemAuthentication system;
    private final String username;
    private final String password;

    FirstAdminBootstrap(AppUserRepository users, UserService userService, SystemAuthentication system,
                        @Value("${ledergaloppen.admin.username:}") String username,
                        @Value("${ledergaloppen.admin.password:}") String password) {
        this.users = users;
        this.userService = userService;
        this.system = system;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        createFirstAdmin(username.isBlank() ? "admin" : username.strip(), password);
    }

    void createFirstAdmin(String name, String password) {
        UserDraft draft = new UserDraft(name, "Administrator", name + "@ledergaloppen.invalid", Role.ADMIN,
                Language.NB);
        if (!password.isBlank()) {
            try {
                system.runAsSystem(() -> userService.createWithPassword(draft, password));
            } catch (DomainException e) {
                throw new IllegalStateException("LEDERGALOPPEN_ADMIN_PASSWORD is not accepted: " + why(e), e);
            }
            LOG.info("Created the first administrator '{}' with the password from the environment.", name);
        } else {
            CreatedUser created = system.runAsSystem(() -> userService.create(draft));
            LOG.warn("Created the first administrator '{}' with the one-time password: {}"
                    + " (it must be changed at first login; this is the only time it is shown)",
                    name, created.oneTimePassword());
        }
    }

    /** For the operator reading the start-up log: in English, whatever the users' languages. */
    private static String why(DomainException e) {
        return switch (e.messageKey()) {
            case "password.error.tooShort" -> "use at least " + PasswordPolicy.MIN_LENGTH + " characters";
            case "password.error.tooLong" -> "use at most " + PasswordPolicy.MAX_BYTES + " bytes (æ, ø, å take two)";
            case "password.error.common" -> "it is too common and easy to guess; choose another";
            default -> e.getMessage();
        };
    }
}
