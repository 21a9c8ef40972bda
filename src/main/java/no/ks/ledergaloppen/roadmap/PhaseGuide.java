package no.ks.ledergaloppen.roadmap;

import java.util.List;

public record PhaseGuide(Phase phase, String purpose, String tip, List<StepGuide> steps) {
}
