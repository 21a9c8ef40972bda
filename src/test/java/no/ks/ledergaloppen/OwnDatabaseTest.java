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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real application with the demo data on {@link OwnDatabase}, an H2 file database that a test may take
 * away and back up; not rolled back (an outage must hit the pool, not a test transaction's connection), so
 * tests here change nothing they do not clean up. Vaadin is faked by Karibu, as in {@link KaribuTest}.
 */
@SpringBootTest
@Tag("own-h2")
@ActiveProfiles({"test", "demo"})
@Import({TestLogin.class, TestClock.Config.class})
@ExtendWith(TestClock.Reset.class)
@AutoConfigureMockMvc
public abstract class OwnDatabaseTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("no.ks.ledergaloppen");

    @Autowired
    private ApplicationContext context;
    @Autowired
    protected TestLogin testLogin;
    @Autowired
    protected TestClock testClock;

    private UsernamePasswordAuthenticationToken auth;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", OwnDatabase::url);
        registry.add("ledergaloppen.backup.directory", () -> OwnDatabase.folder().resolve("backups").toString());
    }

    @BeforeEach
    void setUpVaadin() {
        OwnDatabase.start();
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        OwnDatabase.start();
        MockVaadin.tearDown();
        testLogin.logout();
        auth = null;
    }

    /** The browser reloads the page: a new UI in the same session, for whoever is logged in. */
    protected void reload() {
        UI.getCurrent().getPage().reload();
        if (auth != null) {
            applyToRequest();
        }
    }

    protected void login(String username) {
        auth = testLogin.as(username);
        applyToRequest();
        UI.getCurrent().setLocale(((AppUserPrincipal) auth.getPrincipal()).language().locale());
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
}
