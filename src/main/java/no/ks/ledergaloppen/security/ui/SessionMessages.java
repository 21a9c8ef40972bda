package no.ks.ledergaloppen.security.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * When a session has ended (idle, too old, or ended by an administrator), the open page says so in the
 * visitor's language; a click reloads it, which leads to the login page.
 */
@Component
class SessionMessages implements VaadinServiceInitListener {

    private final I18NProvider translations;

    SessionMessages(I18NProvider translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(true);
            messages.setSessionExpiredCaption(translations.getTranslation("session.expired.caption", info.getLocale()));
            messages.setSessionExpiredMessage(translations.getTranslation("session.expired.message", info.getLocale()));
            return messages;
        });
    }
}
