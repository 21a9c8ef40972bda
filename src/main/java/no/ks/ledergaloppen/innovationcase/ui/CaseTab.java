package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import no.ks.ledergaloppen.innovationcase.CaseDetails;

/**
 * One tab of the case workspace, a route of its own under {@link CaseLayout}. It is built only when
 * opened: the layout reads the case once per navigation and hands it over, and hands it over again when
 * a change (a phase move, a tick) made the case read anew.
 */
abstract class CaseTab extends Div implements HasDynamicTitle {

    private CaseDetails details;

    CaseTab() {
        setWidthFull();
        addClassName("case-tab");
    }

    // not final: the route is a Spring proxy (method security), and a final method would run on the proxy's own fields
    void show(CaseDetails details, Runnable reload) {
        this.details = details;
        removeAll();
        add(content(details, reload));
    }

    /** The tab's content for this reading of the case; {@code reload} reads the case anew and shows it again. */
    abstract Component content(CaseDetails details, Runnable reload);

    @Override
    public String getPageTitle() {
        String tab = getTranslation(CaseLayout.tabOf(getClass()).titleKey());
        return details == null ? tab : tab + " – " + details.summary().title();
    }
}
