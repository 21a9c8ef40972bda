package no.ks.ledergaloppen.ideas.ui;

import com.vaadin.flow.component.html.Span;
import no.ks.ledergaloppen.ideas.IdeaState;

/** An idea's state in words, coloured by meaning (the words carry it; the colour only helps). */
final class StateBadge {

    private StateBadge() {
    }

    static Span of(IdeaState state) {
        Span badge = new Span();
        badge.setText(badge.getTranslation("ideas.state." + state.name()));
        badge.addClassName("idea-state");
        badge.getElement().getThemeList().add(switch (state) {
            case NEW -> "badge";
            case IN_PROGRESS -> "badge contrast";
            case DONE, BECAME_CASE -> "badge success";
            case REJECTED -> "badge error";
        });
        return badge;
    }
}
