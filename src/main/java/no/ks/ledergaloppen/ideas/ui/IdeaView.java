package no.ks.ledergaloppen.ideas.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.PlainText;
import no.ks.ledergaloppen.ideas.IdeaDetails;
import no.ks.ledergaloppen.ideas.IdeaInfo;
import no.ks.ledergaloppen.ideas.IdeaService;
import no.ks.ledergaloppen.ideas.IdeaState;

/**
 * One idea: what it says, its state, support, the comments, and for the municipality's own leader group
 * what to do with it. An idea made into a case links to that case.
 */
@Route("ideas/:ideaId(\\d+)")
@PermitAll
public class IdeaView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final IdeaService ideas;
    private IdeaDetails details;

    IdeaView(IdeaService ideas) {
        this.ideas = ideas;
        setMaxWidth("60rem");
    }

    /** The route of an idea, for links from elsewhere in the app. */
    static String route(long ideaId) {
        return "ideas/" + ideaId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("ideaId").orElseThrow());
        try {
            details = ideas.details(id);
        } catch (DomainException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    void reload() {
        details = ideas.details(details.idea().id());
        render();
    }

    private void render() {
        removeAll();
        IdeaInfo idea = details.idea();
        Anchor back = new Anchor("ideas", getTranslation("ideas.detail.back"));
        back.getElement().setAttribute("router-link", true);
        back.addComponentAsFirst(VaadinIcon.ARROW_LEFT.create());
        H2 title = new H2(idea.title());
        title.setId("idea-heading");
        HorizontalLayout head = new HorizontalLayout(title, StateBadge.of(idea.state()));
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        add(back, head, IdeaCard.meta(idea));
        section("ideas.detail.improves", idea.improves());
        section("ideas.detail.helps", idea.helps());
        if (idea.state() == IdeaState.REJECTED) {
            section("ideas.detail.reason", idea.reason());
        }
        if (idea.newCaseId() != null) {
            Anchor toCase = new Anchor("cases/" + idea.newCaseId(), getTranslation("ideas.detail.toCase"));
            toCase.getElement().setAttribute("router-link", true);
            toCase.addComponentAsFirst(VaadinIcon.LIGHTBULB.create());
            toCase.setId("idea-case-link");
            add(toCase);
        }
        add(new SupportButton(idea, ideas));
        if (idea.canTriage() && idea.state() != IdeaState.BECAME_CASE) {
            add(new TriageSection(idea, ideas, this::reload));
        }
        add(new CommentsSection(details, ideas, this::reload));
    }

    private void section(String labelKey, String text) {
        if (text != null) {
            add(new H3(getTranslation(labelKey)), PlainText.of(text));
        }
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("ideas.pageTitle")
                : getTranslation("ideas.detail.pageTitle", details.idea().title());
    }
}
