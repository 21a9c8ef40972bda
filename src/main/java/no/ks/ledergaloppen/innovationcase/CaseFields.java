package no.ks.ledergaloppen.innovationcase;

/** The case's own description, as the leader group writes it on the overview tab. */
public record CaseFields(String title, String needStatement, String targetGroup, String driver, String team,
                         String anchoring, Visibility visibility) {
}
