package no.ks.ledergaloppen.roadmap.guide;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import no.ks.ledergaloppen.base.ui.PlainText;
import no.ks.ledergaloppen.roadmap.StepGuide;
import no.ks.ledergaloppen.roadmap.ToolGuide;

/** A step's guidance, tips, innovation example and tools: the advice that sits beside the work. */
public class StepGuidePanel extends Composite<VerticalLayout> {

    public StepGuidePanel(StepGuide step, boolean withTitle) {
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.addClassName("step-guide");
        if (withTitle) {
            content.add(new H3(step.position() + ". " + step.title()));
        }
        content.add(PlainText.of(step.guidance()));
        if (step.tips() != null) {
            Div tips = new Div(new H4(getTranslation("roadmap.tips")), PlainText.of(step.tips()));
            tips.addClassName("guide-tip");
            content.add(tips);
        }
        if (step.hasExample()) {
            Div example = new Div(new H4(getTranslation("roadmap.example")),
                    new Paragraph(new Span(step.exampleMunicipality() + ": " + step.exampleTitle())),
                    PlainText.of(step.exampleStory()));
            example.addClassName("guide-example");
            content.add(example);
        }
        if (!step.tools().isEmpty()) {
            content.add(new H4(getTranslation("roadmap.tools")));
            for (ToolGuide tool : step.tools()) {
                Div t = new Div(new Span(tool.name()), PlainText.of(tool.howTo()));
                t.addClassName("guide-tool");
                content.add(t);
            }
        }
    }
}
