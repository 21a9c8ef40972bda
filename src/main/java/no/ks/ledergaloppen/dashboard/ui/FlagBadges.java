package no.ks.ledergaloppen.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.Set;
import no.ks.ledergaloppen.dashboard.Flag;

/** A municipality's flags, each an icon and a word: the colour only repeats what the words say. */
class FlagBadges extends Composite<Div> {

    FlagBadges(Set<Flag> flags) {
        getContent().addClassName("flag-badges");
        for (Flag f : Flag.values()) {
            if (flags.contains(f)) {
                Span badge = new Span(icon(f).create(), new Span(getTranslation("dashboard.flag." + f.name())));
                badge.addClassNames("flag-badge", "flag-" + cssName(f));
                badge.getElement().getThemeList().add("badge");
                getContent().add(badge);
            }
        }
        if (flags.isEmpty()) {
            Span none = new Span(getTranslation("dashboard.flag.none"));
            none.addClassName("muted");
            getContent().add(none);
        }
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

    static String cssName(Flag flag) {
        return flag.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
