package no.ks.ledergaloppen.roadmap;

import java.util.List;

/** A roadmap step with everything a leader group needs beside its checklist. */
public record StepGuide(long id, long version, Phase phase, int position, String title, String guidance,
                        String tips, String exampleMunicipality, String exampleTitle, String exampleStory,
                        List<ToolGuide> tools) {

    public boolean hasExample() {
        return exampleTitle != null && !exampleTitle.isBlank();
    }
}
