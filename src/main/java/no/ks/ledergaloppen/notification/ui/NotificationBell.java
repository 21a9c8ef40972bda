package no.ks.ledergaloppen.notification.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import no.ks.ledergaloppen.notification.NotificationService;

/** The bell in the top bar: a link to the notifications with the number of unread ones, refreshed on every page. */
class NotificationBell extends Composite<RouterLink> implements AfterNavigationObserver {

    private final NotificationService notifications;
    private final Span count = new Span();

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        RouterLink link = getContent();
        link.setRoute(NotificationsView.class);
        link.setId("notification-bell");
        link.addClassName("bell");
        count.addClassName("bell-count");
        count.getElement().getThemeList().add("badge error pill small");
        link.add(VaadinIcon.BELL.create(), count);
        refresh();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread == 0 ? "" : String.valueOf(unread));
        count.setVisible(unread > 0);
        getContent().getElement().setAttribute("aria-label", getTranslation("notification.bell", unread));
        getContent().getElement().setAttribute("title", getTranslation("notification.bell", unread));
    }
}
