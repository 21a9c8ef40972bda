package no.ks.ledergaloppen.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Shows user-written plain text: a blank line starts a new paragraph, lines starting with "- " become
 * a list. Everything is set as text, never as HTML, so markup typed by a user stays inert.
 */
public final class PlainText {

    private PlainText() {
    }

    public static Component of(String text) {
        Div container = new Div();
        container.addClassName("plain-text");
        if (text == null) {
            return container;
        }
        for (String block : text.strip().split("\\R\\s*\\R")) {
            String[] lines = block.strip().split("\\R");
            boolean list = lines.length > 0 && java.util.Arrays.stream(lines).allMatch(l -> l.strip().startsWith("- "));
            if (list) {
                UnorderedList ul = new UnorderedList();
                for (String line : lines) {
                    ul.add(new ListItem(line.strip().substring(2).strip()));
                }
                container.add(ul);
            } else {
                container.add(new Paragraph(String.join(" ", java.util.Arrays.stream(lines).map(String::strip).toList())));
            }
        }
        return container;
    }
}
