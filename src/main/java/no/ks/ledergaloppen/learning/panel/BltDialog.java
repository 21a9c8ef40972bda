package no.ks.ledergaloppen.learning.panel;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.learning.BltDraft;
import no.ks.ledergaloppen.learning.BltRoundInfo;
import no.ks.ledergaloppen.learning.BltService;
import no.ks.ledergaloppen.learning.Decision;
import no.ks.ledergaloppen.learning.domain.BltRound;
import no.ks.ledergaloppen.roadmap.Phase;

/**
 * Starts or updates a BLT round. On a refusal the dialog stays open with everything typed, and the
 * message appears under the field it concerns.
 */
class BltDialog extends Dialog {

    /** "No decision yet" is a choice of its own, so that a decision can be taken back. */
    static final String UNDECIDED = "UNDECIDED";

    final ComboBox<Phase> phase = new ComboBox<>();
    final TextArea need = area("blt.field.need", "need");
    final TextArea solution = area("blt.field.solution", "solution");
    final TextArea testMethod = area("blt.field.testMethod", "testMethod");
    final TextArea result = area("blt.field.result", "result");
    final TextArea learning = area("blt.field.learning", "learning");
    final RadioButtonGroup<String> decision = new RadioButtonGroup<>();
    final Button save = new Button();

    BltDialog(long caseId, BltRoundInfo existing, Phase currentPhase, BltService blt, Consumer<BltRoundInfo> onSaved) {
        setHeaderTitle(existing == null ? getTranslation("blt.dialog.new")
                : getTranslation("blt.dialog.edit", existing.number()));
        setWidth("min(48rem, 95vw)");
        phase.setId("blt-phase");
        phase.setLabel(getTranslation("blt.field.phase"));
        phase.setItems(Phase.values());
        phase.setItemLabelGenerator(p -> getTranslation("roadmap.phase." + p.name()));
        phase.setClearButtonVisible(true);
        decision.setId("blt-decision");
        decision.setLabel(getTranslation("blt.field.decision"));
        decision.setHelperText(getTranslation("blt.field.decisionHelp"));
        List<String> choices = new ArrayList<>(List.of(UNDECIDED));
        Arrays.stream(Decision.values()).map(Decision::name).forEach(choices::add);
        decision.setItems(choices);
        decision.setItemLabelGenerator(d -> d.equals(UNDECIDED) ? getTranslation("blt.noDecision")
                : getTranslation("blt.decision." + d));
        if (existing == null) {
            phase.setValue(currentPhase);
            decision.setValue(UNDECIDED);
        } else {
            phase.setValue(existing.phase());
            need.setValue(nonNull(existing.need()));
            solution.setValue(nonNull(existing.solution()));
            testMethod.setValue(nonNull(existing.testMethod()));
            result.setValue(nonNull(existing.result()));
            learning.setValue(nonNull(existing.learning()));
            decision.setValue(existing.decision() == null ? UNDECIDED : existing.decision().name());
        }
        VerticalLayout form = new VerticalLayout(phase, need, solution, testMethod, result, learning, decision);
        form.setPadding(false);
        add(form);
        FieldErrors errors = new FieldErrors().map("need", need).map("solution", solution)
                .map("testMethod", testMethod).map("result", result).map("learning", learning);
        save.setText(getTranslation("action.save"));
        save.setId("save-blt");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            List.of(need, solution, testMethod, result, learning).forEach(a -> a.setInvalid(false));
            try {
                BltRoundInfo saved = existing == null ? blt.add(caseId, draft())
                        : blt.update(caseId, existing.id(), existing.version(), draft());
                close();
                onSaved.accept(saved);
            } catch (DomainException ex) {
                errors.show(ex);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    BltDraft draft() {
        String d = decision.getValue();
        return new BltDraft(phase.getValue(), need.getValue(), solution.getValue(), testMethod.getValue(),
                result.getValue(), learning.getValue(), d == null || d.equals(UNDECIDED) ? null : Decision.valueOf(d));
    }

    private TextArea area(String labelKey, String id) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId("blt-" + id);
        area.setWidthFull();
        area.setMaxLength(BltRound.TEXT_MAX);
        area.setMinRows(2);
        return area;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
