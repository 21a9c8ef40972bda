package no.ks.ledergaloppen.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Nav;

/**
 * A row of links that works as tabs (the case workspace's parts, the roadmap's phases): a named
 * {@code <nav>} of plain links, the open one marked with {@code aria-current}, so each can be bookmarked and
 * screen readers meet a navigation rather than a tab list. Styled by {@code .case-tabs} in app.css.
 */
public final class TabLinks {

    private TabLinks() {
    }

    public static Nav nav(String ariaLabel) {
        Nav nav = new Nav();
        nav.addClassName("case-tabs");
        nav.getElement().setAttribute("aria-label", ariaLabel);
        return nav;
    }

    /** Styles a link of the row. */
    public static <T extends Component> T link(T link) {
        link.addClassName("case-tab-link");
        return link;
    }

    /** Marks {@code link} as the open one and, on a phone where the row scrolls sideways, brings it into sight without moving the page. */
    public static void open(Component link) {
        link.getElement().setAttribute("aria-current", "page");
        // after the browser has laid the row out: measured earlier, on a page's first load, the row did not
        // overflow yet and the open tab stayed out of sight
        link.getElement().executeJs("const link = this;"
                + " requestAnimationFrame(() => link.scrollIntoView({block: 'nearest', inline: 'center'}))");
    }
}
