package no.ks.ledergaloppen.roadmap;

/** What an administrator writes for a step: plain text, paragraphs separated by a blank line. */
public record StepDraft(String title, String guidance, String tips, String exampleMunicipality,
                        String exampleTitle, String exampleStory) {
}
