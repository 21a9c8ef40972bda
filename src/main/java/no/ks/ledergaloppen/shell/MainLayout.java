package no.ks.ledergaloppen.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import no.ks.ledergaloppen.base.ui.Navigation;
import no.ks.ledergaloppen.base.ui.TopBarItem;
import no.ks.ledergaloppen.security.AppUserPrincipal;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.UserService;
import no.ks.ledergaloppen.security.language.LanguageMenu;

/** The frame around every page: side navigation by role, page title, the features' top-bar items, language and user menus. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 title = new H1();

    MainLayout(CurrentUser currentUser, UserService users, AuthenticationContext authentication,
               Navigation navigation, org.springframework.beans.factory.ObjectProvider<TopBarItem> topBarItems) {
        AppUserPrincipal me = currentUser.require();
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        title.addClassName("page-title");
        HorizontalLayout end = new HorizontalLayout();
        topBarItems.orderedStream().forEach(item -> end.add(item.create()));
        end.add(new LanguageMenu(language -> {
            users.setOwnLanguage(language);
            UiSetup.rememberOwnLanguage(me.id(), language);
        }), userMenu(me, authentication));
        end.setAlignItems(FlexComponent.Alignment.CENTER);
        end.addClassName("top-bar-end");
        addToNavbar(toggle, title, end);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.navigation"));
        navigation.itemsFor(me.role()).forEach(item -> nav.addItem(
                new SideNavItem(getTranslation(item.labelKey()), item.view(), item.icon().create())));
        Scroller scroller = new Scroller(nav);
        addToDrawer(new Div(brand), scroller);
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

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        title.setText(getContent() instanceof HasDynamicTitle t ? t.getPageTitle() : getTranslation("app.name"));
    }
}
