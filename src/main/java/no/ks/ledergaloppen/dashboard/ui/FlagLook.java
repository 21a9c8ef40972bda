package no.ks.ledergaloppen.dashboard.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import no.ks.ledergaloppen.dashboard.Flag;

/** How a flag looks wherever it is shown (the filter chips, the badges in the grid): its icon and CSS name. */
final class FlagLook {

    private FlagLook() {
    }

    static VaadinIcon icon(Flag flag) {
        return switch (flag) {
            case STALLED -> VaadinIcon.HOURGLASS;
            case ZERO_FOUNDATION -> VaadinIcon.WARNING;
            case OVERDUE -> VaadinIcon.CLOCK;
            case EARLY_PHASE -> VaadinIcon.FLAG_O;
            case BENEFIT_BEHIND -> VaadinIcon.TRENDING_DOWN;
        };
    }

    /** The icon's name in Vaadin's icon set, as a template writes it ({@code vaadin:hourglass}). */
    static String iconName(Flag flag) {
        return "vaadin:" + icon(flag).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String cssName(Flag flag) {
        return flag.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
