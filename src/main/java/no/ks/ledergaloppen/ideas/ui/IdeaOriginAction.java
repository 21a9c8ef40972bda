package no.ks.ledergaloppen.ideas.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import no.ks.ledergaloppen.base.ui.CaseAction;
import no.ks.ledergaloppen.ideas.IdeaService;
import org.springframework.core.annotation.Order;

/** "Fra idébanken: …" in the header of a case that was made from an idea, linking back to the idea. */
@org.springframework.stereotype.Component
@Order(50)
class IdeaOriginAction implements CaseAction {

    private final IdeaService ideas;

    IdeaOriginAction(IdeaService ideas) {
        this.ideas = ideas;
    }

    @Override
    public Optional<Component> create(long caseId) {
        return ideas.origin(caseId).map(origin -> {
            Anchor link = new Anchor(IdeaView.route(origin.ideaId()),
                    UI.getCurrent().getTranslation("ideas.origin", origin.title()));
            link.getElement().setAttribute("router-link", true); // navigates inside the app, no page load
            link.addComponentAsFirst(VaadinIcon.COMMENTS_O.create());
            link.setId("idea-origin");
            link.addClassName("idea-origin");
            return link;
        });
    }
}
