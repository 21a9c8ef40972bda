package no.ks.ledergaloppen.benefits.panel;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import no.ks.ledergaloppen.benefits.BenefitDraft;
import no.ks.ledergaloppen.benefits.BenefitType;
import no.ks.ledergaloppen.benefits.BenefitView;
import no.ks.ledergaloppen.benefits.BenefitsService;
import no.ks.ledergaloppen.benefits.domain.Benefit;

/** Adds or edits a benefit: what it is, its kind, who answers for it, and the assumptions behind it. */
class BenefitDialog extends FormDialog {

    final TextArea description = new TextArea(getTranslation("benefits.field.description"));
    final ComboBox<BenefitType> type = new ComboBox<>(getTranslation("benefits.field.type"));
    final TextField ownerName = new TextField(getTranslation("benefits.field.ownerName"));
    final TextField ownerTitle = new TextField(getTranslation("benefits.field.ownerTitle"));
    final TextArea assumptions = new TextArea(getTranslation("benefits.field.assumptions"));

    private final long caseId;
    private final BenefitView existing;
    private final BenefitsService service;
    private final Consumer<BenefitView> onSaved;

    BenefitDialog(long caseId, BenefitView existing, BenefitsService service, Consumer<BenefitView> onSaved) {
        super(existing == null ? "benefits.dialog.newBenefit" : "benefits.dialog.editBenefit", "save-benefit");
        this.caseId = caseId;
        this.existing = existing;
        this.service = service;
        this.onSaved = onSaved;
        description.setId("benefit-description");
        description.setMaxLength(Benefit.DESCRIPTION_MAX);
        description.setHelperText(getTranslation("benefits.field.descriptionHelp"));
        type.setId("benefit-type");
        type.setItems(BenefitType.values());
        type.setItemLabelGenerator(t -> getTranslation("benefits.type." + t.name()));
        ownerName.setId("benefit-owner-name");
        ownerName.setMaxLength(Benefit.OWNER_MAX);
        ownerName.setHelperText(getTranslation("benefits.field.ownerHelp"));
        ownerTitle.setId("benefit-owner-title");
        ownerTitle.setMaxLength(Benefit.OWNER_MAX);
        assumptions.setId("benefit-assumptions");
        assumptions.setMaxLength(Benefit.ASSUMPTIONS_MAX);
        assumptions.setHelperText(getTranslation("benefits.field.assumptionsHelp"));
        field("description", description);
        form.setColspan(description, 2);
        field("type", type);
        form.add(new com.vaadin.flow.component.html.Div());
        field("ownerName", ownerName);
        field("ownerTitle", ownerTitle);
        field("assumptions", assumptions);
        form.setColspan(assumptions, 2);
        if (existing != null) {
            description.setValue(existing.description());
            type.setValue(existing.type());
            ownerName.setValue(existing.ownerName());
            ownerTitle.setValue(existing.ownerTitle());
            assumptions.setValue(existing.assumptions() == null ? "" : existing.assumptions());
        }
    }

    @Override
    void saveNow() {
        BenefitDraft draft = new BenefitDraft(description.getValue(), type.getValue(), ownerName.getValue(),
                ownerTitle.getValue(), assumptions.getValue());
        onSaved.accept(existing == null ? service.addBenefit(caseId, draft)
                : service.updateBenefit(existing.id(), existing.version(), draft));
    }
}
