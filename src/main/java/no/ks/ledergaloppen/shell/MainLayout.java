package no.ks.ledergaloppen.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import no.ks.ledergaloppen.base.ui.Navigation;
import no.ks.ledergaloppen.base.ui.TopBarItem;
import no.ks.ledergaloppen.security.AppUserPrincipal;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.UserService;
import no.ks.ledergaloppen.security.language.LanguageMenu;

/**
 * The frame around every page: side navigation by role, page title, the features' top-bar items, language and
 * user menus. Landmarks for screen readers ({@code header}, {@code nav}, {@code main}), a skip link as the first
 * Tab stop, and on moving to another page the focus goes to its heading, so it is read out and Tab goes on from there.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 title = new H1();
    private final Main main = new Main();
    private HasElement shown;
    private HasElement focusedFor;
    private HasElement lastLeaf;
    private String lastWhere;

    MainLayout(CurrentUser currentUser, UserService users, AuthenticationContext authentication,
               Navigation navigation, org.springframework.beans.factory.ObjectProvider<TopBarItem> topBarItems) {
        AppUserPrincipal me = currentUser.require();
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        title.addClassName("page-title");
        title.setId("page-title");
        title.getElement().setAttribute("tabindex", "-1");
        HorizontalLayout end = new HorizontalLayout();
        topBarItems.orderedStream().forEach(item -> end.add(item.create()));
        end.add(new LanguageMenu(language -> {
            users.setOwnLanguage(language);
            UiSetup.rememberOwnLanguage(me.id(), language);
        }), userMenu(me, authentication));
        end.setAlignItems(FlexComponent.Alignment.CENTER);
        end.addClassName("top-bar-end");
        Header header = new Header(skipLink(), toggle, title, end);
        header.addClassName("top-bar");
        addToNavbar(header);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.navigation"));
        navigation.itemsFor(me.role()).forEach(item -> nav.addItem(
                new SideNavItem(getTranslation(item.labelKey()), item.view(), item.icon().create())));
        // no Scroller around it: the drawer scrolls by itself, and a Scroller was a Tab stop of its own (and
        // with tabindex -1, its links fell behind the page's content in the Tab order)
        addToDrawer(new Div(brand), nav);
        // after the drawer, so that the page's own order is the order it is shown and read in
        main.setId("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("app-main");
        setContent(main);
    }

    /** Hidden until it has the focus; takes the focus past the menus to the page's content. */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#main-content", getTranslation("layout.skipToContent"));
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const main = document.getElementById('main-content'); main.focus(); main.scrollIntoView(); })");
        return skip;
    }

    private Component userMenu(AppUserPrincipal me, AuthenticationContext authentication) {
        MenuBar bar = new MenuBar();
        bar.setId("user-menu");
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        Avatar avatar = new Avatar(me.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        Span name = new Span(me.displayName());
        name.addClassName("user-name");
        MenuItem root = bar.addItem(new HorizontalLayout(avatar, name));
        root.setAriaLabel(getTranslation("layout.userMenu"));
        root.getSubMenu().addItem(getTranslation("layout.changePassword"),
                e -> getUI().ifPresent(ui -> ui.navigate(UiSetup.CHANGE_PASSWORD_ROUTE)));
        MenuItem logout = root.getSubMenu().addItem(getTranslation("layout.logout"), e -> authentication.logout());
        logout.setId("logout");
        logout.addComponentAsFirst(VaadinIcon.SIGN_OUT.create());
        return bar;
    }

    /** The page goes inside {@code <main>}, the target of the skip link. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        shown = content;
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
        shown = null;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (sameViewAgain(event)) {
            // once this navigation is done (Vaadin ignores a refresh during one); it comes back here
            getUI().ifPresent(ui -> ui.beforeClientResponse(ui, context -> ui.refreshCurrentRoute(false)));
            return;
        }
        String before = title.getText();
        title.setText(shown instanceof HasDynamicTitle t ? t.getPageTitle() : getTranslation("app.name"));
        // Not on the page the browser loads (its focus starts at the top, on the skip link), nor when only a
        // tab of the same page or a filter in its address changed (the focus stays on that tab or filter).
        if (focusedFor != null && (shown != focusedFor || !title.getText().equals(before))) {
            title.getElement().executeJs("this.focus()");
        }
        focusedFor = shown;
    }

    /**
     * The link to the page one is on, followed again (its side-nav entry, its case tab): Vaadin keeps the view it
     * shows when the class is the same, so a list built when the view was made would stay as it was. The view is
     * made anew instead, as a browser loads a page again. Not on a reload or the back button (the browser's
     * own), nor when only a filter in the address changed (another address).
     */
    private boolean sameViewAgain(AfterNavigationEvent event) {
        HasElement leaf = event.getActiveChain().isEmpty() ? null : event.getActiveChain().getFirst();
        String where = event.getLocation().getPathWithQueryParameters();
        NavigationTrigger trigger = event.getLocationChangeEvent().getTrigger();
        boolean again = leaf != null && leaf == lastLeaf && where.equals(lastWhere)
                && (trigger == NavigationTrigger.ROUTER_LINK || trigger == NavigationTrigger.UI_NAVIGATE
                        || trigger == NavigationTrigger.CLIENT_SIDE);
        lastLeaf = leaf;
        lastWhere = where;
        return again;
    }
}
