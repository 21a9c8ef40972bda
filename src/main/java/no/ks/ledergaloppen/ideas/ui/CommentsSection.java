package no.ks.ledergaloppen.ideas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.base.ui.PlainText;
import no.ks.ledergaloppen.ideas.IdeaDetails;
import no.ks.ledergaloppen.ideas.IdeaService;
import no.ks.ledergaloppen.ideas.domain.IdeaComment;

/** The comments on an idea, oldest first, and a field to add one. */
class CommentsSection extends Div {

    CommentsSection(IdeaDetails details, IdeaService ideas, Runnable onChange) {
        setId("idea-comments");
        addClassName("idea-comments");
        add(new H3(getTranslation("ideas.detail.commentsHeading")));
        if (details.comments().isEmpty()) {
            add(new Paragraph(getTranslation("ideas.detail.noComments")));
        }
        for (IdeaDetails.Comment c : details.comments()) {
            Div card = new Div();
            card.addClassNames("card", "idea-comment");
            card.setId("idea-comment-" + c.id());
            Paragraph who = new Paragraph(c.author() + " · " + Formats.dateTime(c.at()));
            who.addClassName("muted");
            card.add(PlainText.of(c.text()), who);
            add(card);
        }
        TextArea text = new TextArea(getTranslation("ideas.comment.field"));
        text.setId("idea-comment-text");
        text.setMaxLength(IdeaComment.TEXT_MAX);
        text.setWidthFull();
        FieldErrors errors = new FieldErrors().map("comment", text);
        Button send = new Button(getTranslation("ideas.comment.submit"), e -> {
            try {
                ideas.comment(details.idea().id(), text.getValue());
            } catch (DomainException ex) {
                errors.show(ex);
                return;
            }
            Notifications.success(getTranslation("ideas.comment.saved"));
            onChange.run();
        });
        send.setId("send-idea-comment");
        add(text, send);
    }
}
