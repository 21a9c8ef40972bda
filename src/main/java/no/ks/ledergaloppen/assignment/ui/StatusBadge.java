package no.ks.ledergaloppen.assignment.ui;

import com.vaadin.flow.component.html.Span;
import no.ks.ledergaloppen.assignment.AnswerStatus;

/** An answer's status in words, coloured by meaning (the words carry it too). */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(AnswerStatus status, boolean overdue) {
        Span badge = new Span(badge().getTranslation(overdue ? "assignment.overdue" : "assignment.status." + status.name()));
        String theme = switch (status) {
            case APPROVED -> "badge success";
            case SUBMITTED -> "badge";
            case RETURNED -> "badge contrast";
            default -> overdue ? "badge error" : "badge contrast";
        };
        badge.getElement().getThemeList().add(theme);
        badge.addClassName("status-badge");
        return badge;
    }

    private static com.vaadin.flow.component.UI badge() {
        return com.vaadin.flow.component.UI.getCurrent();
    }
}
