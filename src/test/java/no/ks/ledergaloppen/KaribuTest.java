package no.ks.ledergaloppen;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import no.ks.ledergaloppen.security.AppUserPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;

/** Browserless UI tests: the real Spring application, Vaadin faked by Karibu, a real demo user logged in. */
@ServiceTest
public abstract class KaribuTest {

    private static Routes routes;

    /** Who is logged in, kept here: the thread's security context strategy may belong to another context. */
    private org.springframework.security.authentication.UsernamePasswordAuthenticationToken auth;

    @Autowired
    private ApplicationContext context;

    @Autowired
    protected TestLogin testLogin;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("no.ks.ledergaloppen");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        testLogin.logout();
        auth = null;
    }

    /**
     * Logs in as a demo user, so that both Spring Security and Vaadin's route checks see them, and
     * gives the UI the user's language, as the first page after a real login does.
     */
    protected void login(String username) {
        auth = testLogin.as(username);
        applyToRequest();
        UI.getCurrent().setLocale(((AppUserPrincipal) auth.getPrincipal()).language().locale());
    }

    /** The browser reloads the page: a new UI in the same session, for whoever is logged in. */
    protected void reload() {
        UI.getCurrent().getPage().reload();
        if (auth != null) {
            applyToRequest();
        }
    }

    private void applyToRequest() {
        FakeRequest request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(a -> a.equals("ROLE_" + role)));
    }

    protected void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    /**
     * The ids of the elements that the JavaScript sent with the server's next answer puts the keyboard focus on.
     * Read it before any Karibu lookup, which plays that round trip and drops what it would have sent.
     */
    protected static java.util.List<String> focusedByTheNextAnswer() {
        var internals = com.vaadin.flow.component.UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        return internals.dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getInvocation().getExpression().contains("focus"))
                .map(js -> com.vaadin.flow.dom.Element.get(js.getOwner()).getAttribute("id")).toList();
    }
}
