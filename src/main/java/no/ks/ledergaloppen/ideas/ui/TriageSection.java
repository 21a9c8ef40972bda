package no.ks.ledergaloppen.ideas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.ideas.IdeaInfo;
import no.ks.ledergaloppen.ideas.IdeaService;
import no.ks.ledergaloppen.ideas.IdeaState;

/**
 * What the leader group does with an idea: an everyday improvement (start it, mark it done, or reject it
 * with a reason), or a new innovation case, after a confirmation; then the user lands on the new case.
 */
class TriageSection extends Div {

    private final IdeaInfo idea;
    private final IdeaService ideas;
    private final Runnable onChange;

    TriageSection(IdeaInfo idea, IdeaService ideas, Runnable onChange) {
        this.idea = idea;
        this.ideas = ideas;
        this.onChange = onChange;
        setId("idea-triage");
        addClassNames("card", "idea-triage");
        add(new H3(getTranslation("ideas.triage.heading")), new Paragraph(getTranslation("ideas.triage.help")));
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        for (IdeaState to : new IdeaState[] {IdeaState.IN_PROGRESS, IdeaState.DONE}) {
            if (idea.state() != to) {
                Button b = new Button(getTranslation("ideas.triage." + to.name()), e -> triage(to, null));
                b.setId("triage-" + to.name());
                buttons.add(b);
            }
        }
        if (idea.state() != IdeaState.REJECTED) {
            Button reject = new Button(getTranslation("ideas.triage.REJECTED"), e -> new RejectDialog(this::triageRejected).open());
            reject.setId("triage-REJECTED");
            buttons.add(reject);
        }
        Button makeCase = new Button(getTranslation("ideas.triage.makeCase"), e -> confirmMakeCase());
        makeCase.setId("make-case");
        makeCase.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        buttons.add(makeCase);
        add(buttons);
    }

    private void triage(IdeaState to, String reason) {
        try {
            ideas.triage(idea.id(), idea.version(), to, reason);
        } catch (DomainException e) {
            Notifications.error(FieldErrors.message(e));
            return;
        }
        Notifications.success(getTranslation("ideas.triage.saved"));
        onChange.run();
    }

    /** Called by the reject dialog; a refusal (no reason) goes back to it to show under its field. */
    private void triageRejected(String reason) {
        ideas.triage(idea.id(), idea.version(), IdeaState.REJECTED, reason);
        Notifications.success(getTranslation("ideas.triage.saved"));
        onChange.run();
    }

    private void confirmMakeCase() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("ideas.triage.confirmTitle"),
                getTranslation("ideas.triage.confirmText", idea.municipalityName()),
                getTranslation("ideas.triage.confirm"), e -> makeCase());
        confirm.setId("make-case-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void makeCase() {
        long newCase;
        try {
            newCase = ideas.makeCase(idea.id(), idea.version());
        } catch (DomainException e) {
            Notifications.error(FieldErrors.message(e));
            return;
        }
        Notifications.success(getTranslation("ideas.triage.caseMade"));
        getUI().ifPresent(ui -> ui.navigate("cases/" + newCase));
    }
}
