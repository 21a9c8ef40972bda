package no.ks.ledergaloppen.assignment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import no.ks.ledergaloppen.assignment.FeedbackRound;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.base.ui.PlainText;

/**
 * The verdicts on an answer, newest first: the one behind the present status on top, the earlier ones
 * under it as history. Facilitators also see whether the municipality can read each one.
 */
class FeedbackHistory extends Composite<Div> {

    FeedbackHistory(List<FeedbackRound> rounds, boolean judge) {
        Div content = getContent();
        content.setId("answer-feedback");
        content.addClassName("feedback-history");
        List<FeedbackRound> current = rounds.stream().filter(FeedbackRound::current).toList();
        List<FeedbackRound> earlier = rounds.stream().filter(r -> !r.current()).toList();
        if (!current.isEmpty()) {
            Div box = round(current.getFirst(), judge);
            box.addClassName("feedback-box");
            box.addComponentAsFirst(new H3(getTranslation("assignment.feedback")));
            content.add(box);
        }
        if (!earlier.isEmpty()) {
            content.add(new H4(getTranslation("assignment.feedbackHistory")));
            earlier.forEach(r -> content.add(round(r, judge)));
        }
    }

    private Div round(FeedbackRound r, boolean judge) {
        Div box = new Div();
        box.addClassName("feedback-round");
        Paragraph by = new Paragraph(getTranslation("assignment.feedbackRound",
                getTranslation("assignment.status." + r.verdict().name()), r.givenBy(), Formats.dateTime(r.givenAt())));
        by.addClassName("muted");
        box.add(by);
        if (r.text() == null) {
            Paragraph none = new Paragraph(getTranslation("assignment.feedbackNoText"));
            none.addClassName("muted");
            box.add(none);
        } else {
            box.add(PlainText.of(r.text()));
        }
        if (judge && r.text() != null) {
            Span shown = new Span(getTranslation(r.released() ? "assignment.feedbackShown" : "assignment.feedbackHidden"));
            shown.getElement().getThemeList().add(r.released() ? "badge success" : "badge contrast");
            box.add(shown);
        }
        return box;
    }
}
