package no.ks.ledergaloppen.ideas.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.BiConsumer;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.ideas.IdeaCase;
import no.ks.ledergaloppen.ideas.IdeaDraft;
import no.ks.ledergaloppen.ideas.domain.Idea;

/**
 * The quick post form at the top of the idea bank: a title and two short optional texts, and the case the
 * idea hangs on when the user has more than one (their own first). Hands the draft to the view.
 */
class IdeaPostForm extends Composite<Div> {

    final Select<IdeaCase> caseChoice = new Select<>();
    final TextField title = new TextField();
    final TextField improves = new TextField();
    final TextField helps = new TextField();
    private final FieldErrors errors = new FieldErrors();

    IdeaPostForm(List<IdeaCase> cases, BiConsumer<Long, IdeaDraft> onPost) {
        Div box = getContent();
        box.setId("idea-post");
        box.addClassNames("card", "idea-post");
        H2 heading = new H2(getTranslation("ideas.post.heading"));
        caseChoice.setId("idea-case");
        caseChoice.setLabel(getTranslation("ideas.post.case"));
        caseChoice.setItems(cases);
        caseChoice.setItemLabelGenerator(c -> c.title() + " (" + c.municipalityName() + ", " + c.cohortName() + ")");
        caseChoice.setValue(cases.getFirst());
        caseChoice.setVisible(cases.size() > 1);
        field(title, "idea-title", "ideas.post.title", Idea.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        field(improves, "idea-improves", "ideas.post.improves", Idea.TEXT_MAX);
        field(helps, "idea-helps", "ideas.post.helps", Idea.TEXT_MAX);
        errors.map("title", title).map("improves", improves).map("helps", helps);
        Button post = new Button(getTranslation("ideas.post.submit"), e -> onPost.accept(caseChoice.getValue().caseId(),
                new IdeaDraft(title.getValue(), improves.getValue(), helps.getValue())));
        post.setId("post-idea");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(caseChoice, title, improves, helps);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        form.setColspan(caseChoice, 3);
        box.add(heading, form, post);
    }

    private void field(TextField field, String id, String labelKey, int max) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(max);
        field.setWidthFull();
        field.addValueChangeListener(e -> field.setInvalid(false));
    }

    FieldErrors errors() {
        return errors;
    }

    void clear() {
        title.clear();
        improves.clear();
        helps.clear();
        title.focus();
    }
}
