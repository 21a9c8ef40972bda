package no.ks.ledergaloppen.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.Language;
import no.ks.ledergaloppen.security.UserService;
import no.ks.ledergaloppen.security.language.LanguageMenu;
import org.springframework.stereotype.Component;

/**
 * Applies the logged-in user's saved language to each new UI (for anonymous visitors: bokmål, or
 * what they chose on the login page), also as the page's {@code lang}, and sends users with a one-time
 * password to change it first.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    /** The security feature's change-password page, by route: the shell uses no feature's views. */
    static final String CHANGE_PASSWORD_ROUTE = "password";
    private static final String OWN_LOCALE = "ledergaloppen.ownLocale.";

    private final CurrentUser currentUser;
    private final UserService users;

    UiSetup(CurrentUser currentUser, UserService users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            var ui = uiEvent.getUI();
            ui.setLocale(localeFor(ui.getSession()));
            ui.addBeforeEnterListener(this::forcePasswordChange);
        });
        // The page's language, for screen readers and the browser's spelling and hyphenation: the user's own.
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", localeFor(VaadinSession.getCurrent()).getLanguage()));
    }

    private Locale localeFor(VaadinSession session) {
        var me = currentUser.find();
        if (me.isPresent()) {
            // Their language as of login, or as changed since: no database read, so a page still opens
            // quickly enough to say so when the database is out of reach.
            Locale changed = session == null ? null : (Locale) session.getAttribute(OWN_LOCALE + me.get().id());
            return changed != null ? changed : me.get().language().locale();
        }
        Locale chosen = session == null ? null : (Locale) session.getAttribute(LanguageMenu.SESSION_LOCALE);
        return chosen != null ? chosen : Language.NB.locale();
    }

    /** The logged-in user changed their language: new pages of this session open in it. */
    static void rememberOwnLanguage(long userId, Language language) {
        VaadinSession.getCurrent().setAttribute(OWN_LOCALE + userId, language.locale());
    }

    private void forcePasswordChange(BeforeEnterEvent event) {
        // Error views show no data, and must open even when the check itself failed (the database is out of reach).
        if (currentUser.find().isPresent() && currentUser.id() > 0
                && !CHANGE_PASSWORD_ROUTE.equals(event.getLocation().getPath())
                && !HasErrorParameter.class.isAssignableFrom(event.getNavigationTarget()) && users.mustChangePassword()) {
            event.rerouteTo(CHANGE_PASSWORD_ROUTE);
        }
    }
}
