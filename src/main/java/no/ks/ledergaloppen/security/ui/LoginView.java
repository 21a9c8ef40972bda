package no.ks.ledergaloppen.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.VaadinSession;
import no.ks.ledergaloppen.base.ui.RevealLabel;
import no.ks.ledergaloppen.security.language.LanguageMenu;
import no.ks.ledergaloppen.security.TooManyAttemptsException;
import org.springframework.security.web.WebAttributes;

/**
 * The login page. A failed login says only that the username or password was wrong; a login refused for
 * too many attempts says so and how long to wait, the same for known and unknown usernames.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        // outside the app's frame: the page itself is the main landmark
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n(false));
        RevealLabel.set(login, getTranslation("password.reveal"));
        H1 title = new H1(getTranslation("app.name"));
        Paragraph lead = new Paragraph(getTranslation("login.lead"));
        lead.addClassName("login-lead");
        add(new LanguageMenu(language -> { }), title, lead, login);
    }

    private LoginI18n i18n(boolean unavailable) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(unavailable ? "error.unavailable.title" : "login.error.title"));
        error.setMessage(getTranslation(unavailable ? "login.unavailable.message" : "login.error.message"));
        error.setUsername(getTranslation("login.error.usernameRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean unavailable = parameters.containsKey("unavailable");
        boolean failed = parameters.containsKey("error");
        if (unavailable) {
            login.setI18n(i18n(true));
            login.setError(true);
        } else if (failed && lastFailure() instanceof TooManyAttemptsException refused) {
            login.showErrorMessage(getTranslation("login.error.throttled.title"),
                    getTranslation("login.error.throttled.message", refused.minutes()));
        } else {
            login.setError(failed);
        }
    }

    /** Why the last login failed, as Spring Security keeps it in the session. */
    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
