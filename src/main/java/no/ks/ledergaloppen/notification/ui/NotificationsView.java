package no.ks.ledergaloppen.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.notification.NotificationInfo;
import no.ks.ledergaloppen.notification.NotificationService;

/** The user's notifications, newest first; opening the page marks them as read. */
@Route("notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    NotificationsView(NotificationService notifications) {
        setMaxWidth("48rem");
        List<NotificationInfo> list = notifications.recent(50);
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("notification.none"));
            none.setId("no-notifications");
            add(none);
        } else {
            UnorderedList ul = new UnorderedList();
            ul.setId("notifications");
            ul.addClassName("notifications");
            list.forEach(n -> ul.add(item(n)));
            add(ul);
        }
        notifications.markAllRead();
    }

    private ListItem item(NotificationInfo n) {
        String text = getTranslation(n.messageKey(), n.args().toArray());
        Component what = n.link() == null ? new Span(text) : new Anchor(n.link(), text);
        Span when = new Span(Formats.dateTime(n.createdAt()));
        when.addClassName("muted");
        ListItem li = new ListItem(what, new Span(" · "), when);
        if (!n.read()) {
            li.addClassName("unread");
            Span dot = new Span(getTranslation("notification.new"));
            dot.getElement().getThemeList().add("badge small");
            li.addComponentAsFirst(dot);
        }
        return li;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.pageTitle");
    }
}
