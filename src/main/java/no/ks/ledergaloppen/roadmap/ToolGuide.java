package no.ks.ledergaloppen.roadmap;

public record ToolGuide(String name, String howTo) {
}
