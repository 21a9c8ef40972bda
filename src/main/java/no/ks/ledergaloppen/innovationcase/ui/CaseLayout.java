package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import no.ks.ledergaloppen.base.ui.CaseAction;
import no.ks.ledergaloppen.base.ui.TabLinks;
import no.ks.ledergaloppen.innovationcase.PhaseService;
import org.springframework.beans.factory.ObjectProvider;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.innovationcase.CaseDetails;
import no.ks.ledergaloppen.innovationcase.CaseService;
import no.ks.ledergaloppen.shell.MainLayout;

/**
 * The case workspace's frame: the header (title, phase track, "Flytt fase", the features' case actions)
 * and a row of links, one per tab. Each tab is a route of its own ({@code /cases/{id}/steps}, ...), so it
 * can be bookmarked, opened in a new browser tab and reached with the back button, and only the open
 * tab's components exist on the server.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class CaseLayout extends VerticalLayout implements RouterLayout, BeforeEnterObserver, AfterNavigationObserver,
        HasDynamicTitle {

    /** A tab: its route, the translation key of its name, and the id of its link. */
    record TabRef(Class<? extends CaseTab> view, String titleKey, String id) {
    }

    /** The tabs in the order they are shown; the first is the case's own address. */
    static final List<TabRef> TABS = List.of(
            new TabRef(CaseOverviewView.class, "case.tab.overview", "tab-overview"),
            new TabRef(CaseStepsView.class, "case.tab.steps", "tab-steps"),
            new TabRef(CaseBltView.class, "case.tab.blt", "tab-blt"),
            new TabRef(CaseFoundationsView.class, "case.tab.foundations", "tab-foundations"),
            new TabRef(CaseBenefitsView.class, "case.tab.benefits", "tab-benefits"),
            new TabRef(CaseJournalView.class, "case.tab.journal", "tab-journal"),
            new TabRef(CaseHistoryView.class, "case.tab.history", "tab-history"));

    static TabRef tabOf(Class<?> view) {
        return TABS.stream().filter(t -> t.view().equals(view)).findFirst().orElseThrow();
    }

    private final CaseService cases;
    private final CaseHeader header;
    private final Nav tabs;
    private long linksOfCase = -1;
    private final Div body = new Div();
    private CaseDetails details;
    private CaseTab current;

    CaseLayout(CaseService cases, PhaseService phases, Clock clock, ObjectProvider<CaseAction> actions) {
        this.cases = cases;
        this.header = new CaseHeader(phases, clock, actions);
        setMaxWidth("80rem");
        tabs = TabLinks.nav(getTranslation("case.tabs"));
        tabs.setId("case-tabs");
        body.setWidthFull();
        body.setId("case-tab-content");
        add(header, tabs, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("caseId").orElseThrow());
        try {
            details = cases.details(id);
        } catch (DomainException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        header.show(details, this::reload);
        links(id, event.getNavigationTarget());
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        body.getElement().removeAllChildren();
        body.getElement().appendChild(content.getElement());
        current = content instanceof CaseTab tab ? tab : null;
    }

    /**
     * The tab is filled after every navigation, also when its link is followed again: Vaadin then keeps the
     * layout and the tab as they are (same classes) and does not show the content anew, but the case may have
     * changed meanwhile (beforeEnter read it again).
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (current != null && details != null) {
            current.show(details, this::reload);
        }
    }

    private void reload() {
        details = cases.details(details.summary().id());
        header.show(details, this::reload);
        if (current != null) {
            current.show(details, this::reload);
        }
    }

    /**
     * The tab links of the case, made once per case: moving to another tab only moves the mark, so the link
     * just followed with the keyboard keeps the focus.
     */
    private void links(long caseId, Class<?> open) {
        if (caseId != linksOfCase) {
            tabs.removeAll();
            RouteParameters parameters = new RouteParameters("caseId", String.valueOf(caseId));
            for (TabRef tab : TABS) {
                RouterLink link = TabLinks.link(new RouterLink(getTranslation(tab.titleKey()), tab.view(), parameters));
                link.setId(tab.id());
                tabs.add(link);
            }
            linksOfCase = caseId;
        }
        for (int i = 0; i < TABS.size(); i++) {
            Component link = tabs.getComponentAt(i);
            if (TABS.get(i).view().equals(open)) {
                TabLinks.open(link);
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        }
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("cases.pageTitle") : details.summary().title();
    }
}
