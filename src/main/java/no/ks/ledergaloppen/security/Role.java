package no.ks.ledergaloppen.security;

/** What a user may do. ADMIN may do everything a FACILITATOR may, and more. */
public enum Role {
    ADMIN, FACILITATOR, PARTICIPANT;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String FACILITATOR_NAME = "FACILITATOR";
    public static final String PARTICIPANT_NAME = "PARTICIPANT";

    public String authority() {
        return "ROLE_" + name();
    }
}
