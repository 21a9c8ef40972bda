package no.ks.ledergaloppen.ideas;

/** A case an idea may hang on, as the post form offers it. */
public record IdeaCase(long caseId, String title, String municipalityName, String cohortName) {
}
