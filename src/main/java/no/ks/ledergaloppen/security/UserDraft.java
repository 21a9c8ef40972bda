package no.ks.ledergaloppen.security;

/** What an administrator or facilitator types to create or edit a user. */
public record UserDraft(String username, String displayName, String email, Role role, Language language) {
}
