package no.ks.ledergaloppen.security;

/** A user as the rest of the application sees it: never the password hash. */
public record UserAccount(long id, String username, String displayName, String email, Role role,
                          Language language, boolean enabled, boolean mustChangePassword) {
}
