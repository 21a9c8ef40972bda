package no.ks.ledergaloppen.ideas;

/** The idea a case was made from. */
public record IdeaOrigin(long ideaId, String title) {
}
