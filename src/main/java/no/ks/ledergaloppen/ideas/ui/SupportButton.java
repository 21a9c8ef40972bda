package no.ks.ledergaloppen.ideas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.ideas.IdeaInfo;
import no.ks.ledergaloppen.ideas.IdeaService;

/**
 * A toggle: support the idea, or withdraw one's support. The pressed state is told by {@code aria-pressed},
 * by the icon (a tick) and by the tooltip text, not by colour alone.
 */
class SupportButton extends Button {

    private final long ideaId;
    private final IdeaService ideas;
    private boolean pressed;
    private long count;

    SupportButton(IdeaInfo idea, IdeaService ideas) {
        this.ideaId = idea.id();
        this.ideas = ideas;
        this.pressed = idea.supportedByMe();
        this.count = idea.supporters();
        setId("support-" + ideaId);
        addClassName("idea-support");
        addClickListener(e -> toggle());
        show();
    }

    private void toggle() {
        try {
            count = pressed ? ideas.unsupport(ideaId) : ideas.support(ideaId);
            pressed = !pressed;
        } catch (DomainException e) {
            Notifications.error(FieldErrors.message(e));
        }
        show();
    }

    private void show() {
        setText(getTranslation("ideas.support", count));
        setIcon(pressed ? VaadinIcon.CHECK.create() : VaadinIcon.THUMBS_UP_O.create());
        getElement().setAttribute("aria-pressed", String.valueOf(pressed));
        setTooltipText(getTranslation(pressed ? "ideas.support.withdrawHelp" : "ideas.support.help"));
        removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (pressed) {
            addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    boolean isPressed() {
        return pressed;
    }

    long count() {
        return count;
    }
}
