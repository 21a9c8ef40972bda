package no.ks.ledergaloppen.learning.panel;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.base.ui.PlainText;
import no.ks.ledergaloppen.learning.BltRoundInfo;
import no.ks.ledergaloppen.learning.BltService;
import no.ks.ledergaloppen.learning.Decision;
import no.ks.ledergaloppen.roadmap.Phase;

/** The BLT tab: every round of the case, newest first, each with its decision; editors start and update rounds. */
public class BltPanel extends Composite<VerticalLayout> {

    private final long caseId;
    private final boolean canEdit;
    private final Phase currentPhase;
    private final BltService blt;

    public BltPanel(long caseId, boolean canEdit, Phase currentPhase, BltService blt) {
        this.caseId = caseId;
        this.canEdit = canEdit;
        this.currentPhase = currentPhase;
        this.blt = blt;
        getContent().setPadding(false);
        render();
    }

    private void render() {
        VerticalLayout content = getContent();
        content.removeAll();
        content.add(new Paragraph(getTranslation("blt.intro")));
        if (canEdit) {
            Button add = new Button(getTranslation("blt.new"), e -> open(null));
            add.setId("new-blt");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(add);
        }
        var rounds = blt.rounds(caseId);
        if (rounds.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("blt.none"));
            none.setId("blt-none");
            content.add(none);
        }
        Div list = new Div();
        list.setId("blt-rounds");
        list.addClassName("blt-rounds");
        rounds.forEach(r -> list.add(card(r)));
        content.add(list);
    }

    private void open(BltRoundInfo round) {
        new BltDialog(caseId, round, currentPhase, blt, saved -> {
            Notifications.success(getTranslation("blt.saved"));
            if (saved.decision() == Decision.STEP_BACK && (round == null || round.decision() != Decision.STEP_BACK)) {
                Notifications.success(getTranslation("blt.moveHint"));
            }
            render();
        }).open();
    }

    private Div card(BltRoundInfo r) {
        Div card = new Div();
        card.addClassName("card");
        card.addClassName("blt-round");
        card.setId("blt-round-" + r.number());
        H3 title = new H3(getTranslation("blt.round", r.number()));
        HorizontalLayout head = new HorizontalLayout(title);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        if (r.phase() != null) {
            Span phase = new Span(getTranslation("blt.inPhase", getTranslation("roadmap.phase." + r.phase().name())));
            phase.getElement().getThemeList().add("badge contrast");
            head.add(phase);
        }
        Span decision = new Span(r.open() ? getTranslation("blt.open")
                : getTranslation("blt.decided", getTranslation("blt.decision." + r.decision().name())));
        decision.addClassName("blt-decision");
        decision.getElement().getThemeList().add(badge(r.decision()));
        head.add(decision);
        if (canEdit) {
            Button edit = new Button(getTranslation("action.edit"), e -> open(r));
            edit.setId("edit-blt-" + r.number());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            head.add(edit);
        }
        card.add(head);
        section(card, "blt.field.need", r.need());
        section(card, "blt.field.solution", r.solution());
        section(card, "blt.field.testMethod", r.testMethod());
        section(card, "blt.field.result", r.result());
        section(card, "blt.field.learning", r.learning());
        Paragraph who = new Paragraph(getTranslation("blt.updated", Formats.dateTime(r.createdAt()), r.createdBy(),
                Formats.dateTime(r.updatedAt()), r.updatedBy()));
        who.addClassName("muted");
        card.add(who);
        return card;
    }

    private void section(Div card, String labelKey, String text) {
        if (text == null) {
            return;
        }
        H4 label = new H4(getTranslation(labelKey));
        label.addClassName("blt-label");
        card.add(label, PlainText.of(text));
    }

    private static String badge(Decision d) {
        if (d == null) {
            return "badge";
        }
        return switch (d) {
            case CONTINUE -> "badge success";
            case ADJUST, STEP_BACK, STOP -> "badge contrast";
        };
    }
}
