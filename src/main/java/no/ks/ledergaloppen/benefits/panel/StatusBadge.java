package no.ks.ledergaloppen.benefits.panel;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.ks.ledergaloppen.benefits.IndicatorStatus;

/** An indicator's or a measurement's status as an icon and a word; the colour only repeats them. */
final class StatusBadge extends Span {

    StatusBadge(IndicatorStatus status) {
        add(icon(status).create(), new Span(getTranslation("benefits.status." + status.name())));
        addClassNames("benefit-status", "status-" + status.name().toLowerCase(java.util.Locale.ROOT));
        getElement().getThemeList().add(switch (status) {
            case REACHED, ON_TRACK -> "badge success";
            case BEHIND -> "badge error";
            case NOT_MEASURED -> "badge contrast";
        });
    }

    private static VaadinIcon icon(IndicatorStatus status) {
        return switch (status) {
            case REACHED -> VaadinIcon.TROPHY;
            case ON_TRACK -> VaadinIcon.CHECK;
            case BEHIND -> VaadinIcon.WARNING;
            case NOT_MEASURED -> VaadinIcon.HOURGLASS;
        };
    }
}
