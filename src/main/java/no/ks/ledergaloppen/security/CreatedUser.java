package no.ks.ledergaloppen.security;

/** A new user and the one-time password to hand over; the password is shown once and never stored. */
public record CreatedUser(UserAccount account, String oneTimePassword) {
}
