package no.ks.ledergaloppen.dashboard;

import no.ks.ledergaloppen.roadmap.Phase;

/**
 * One colour per phase, dark enough for white text (contrast at least 4.5:1), told apart by hue and
 * lightness. The same colours are in app.css (.phase-cell.phase-…) for the tables.
 */
public final class PhasePalette {

    private PhasePalette() {
    }

    public static String colour(Phase phase) {
        return switch (phase) {
            case ANCHORING -> "#5b3f8c";
            case INSIGHT -> "#1d5b8f";
            case IDEAS -> "#0b6e69";
            case TESTING -> "#7a5200";
            case IMPLEMENTATION -> "#a03a28";
            case OPERATIONS -> "#2f6a31";
        };
    }
}
