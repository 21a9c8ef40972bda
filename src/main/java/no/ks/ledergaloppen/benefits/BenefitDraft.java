package no.ks.ledergaloppen.benefits;

/** A benefit as typed: what it is, its kind, who answers for it (name and title), and the assumptions. */
public record BenefitDraft(String description, BenefitType type, String ownerName, String ownerTitle,
                           String assumptions) {
}
