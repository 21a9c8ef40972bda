package no.ks.ledergaloppen.ideas;

/** A new idea as typed: a title, and two short optional texts. */
public record IdeaDraft(String title, String improves, String helps) {
}
