package no.ks.ledergaloppen.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Arrays;
import no.ks.ledergaloppen.dashboard.DashboardRow;
import no.ks.ledergaloppen.dashboard.Flag;
import no.ks.ledergaloppen.roadmap.guide.PhaseCells;

/**
 * The dashboard's richer cells as Lit templates, drawn in the browser from a few values per row: no component
 * per cell on the server. They look and read like the components they replaced (badges of a Span each; the
 * phase is roadmap.guide.PhaseCells' own template): the same classes, ids, links and words; the values are
 * bound, never written into the markup.
 */
final class DashboardCells {

    private final Component owner;

    /** {@code owner} gives the texts in the user's language. */
    DashboardCells(Component owner) {
        this.owner = owner;
    }

    /** The name linking to the case ("Fullført" under it when finished, "+1 sak til" when there are more). */
    LitRenderer<DashboardRow> municipality() {
        return LitRenderer.<DashboardRow>of("""
                <div class="dashboard-municipality">${item.caseId
                  ? html`<a id="case-link-${item.id}" href="cases/${item.caseId}" router-link title="${item.title}">${item.name}</a>`
                  : html`<span>${item.name}</span>`}${item.finished
                  ? html`<div><span id="case-finished-${item.id}" theme="badge success small">${item.finished}</span></div>`
                  : ''}${item.more
                  ? html`<div><a id="more-cases-${item.id}" class="more-cases" href="cases" router-link title="${item.moreTitle}">${item.more}</a></div>`
                  : ''}</div>""")
                .withProperty("id", DashboardRow::municipalityId)
                .withProperty("name", DashboardRow::municipality)
                .withProperty("caseId", DashboardRow::caseId)
                .withProperty("title", DashboardRow::caseTitle)
                .withProperty("finished", r -> r.finished() ? text("dashboard.row.finished") : null)
                .withProperty("more", r -> r.moreCases() > 0 ? text("dashboard.row.moreCases", r.moreCases()) : null)
                .withProperty("moreTitle", r -> r.moreCases() > 0
                        ? text("dashboard.row.moreCasesTitle", r.moreCases() + 1) : null);
    }

    /** Each flag an icon and a word, "Ingen" when none: the colour only repeats what the words say. */
    LitRenderer<DashboardRow> flags() {
        return LitRenderer.<DashboardRow>of("""
                <div class="flag-badges">${item.flags.length ? item.flags.map(f => html`<span \
                class="flag-badge flag-${f.css}" theme="badge"><vaadin-icon icon="${f.icon}"></vaadin-icon>\
                <span>${f.text}</span></span>`) : html`<span class="muted">${item.none}</span>`}</div>""")
                .withProperty("flags", r -> Arrays.stream(Flag.values()).filter(r.flags()::contains)
                        .map(f -> new Badge(FlagLook.cssName(f), FlagLook.iconName(f), text("dashboard.flag." + f.name())))
                        .toList())
                .withProperty("none", r -> text("dashboard.flag.none"));
    }

    /** Six small cells (the current one filled, visited ones outlined) and the current phase's name. */
    LitRenderer<DashboardRow> phase() {
        return PhaseCells.renderer(DashboardRow::phase, DashboardRow::visited, text("dashboard.noCase"));
    }

    /** Days in the current phase, and how often the case went back (the roadmap allows it; it is worth a question). */
    LitRenderer<DashboardRow> inPhase() {
        return LitRenderer.<DashboardRow>of("""
                ${item.days ? html`<div>${item.days}</div>` : ''}\
                ${item.back ? html`<div class="muted">${item.back}</div>` : ''}""")
                .withProperty("days", r -> r.caseId() == null ? null : text("dashboard.days", r.daysInPhase()))
                .withProperty("back", r -> r.movesBack() > 0 ? text("dashboard.back", r.movesBack()) : null);
    }

    /** Handed in of given, approved, and the overdue ones in red words. */
    LitRenderer<DashboardRow> assignments() {
        return LitRenderer.<DashboardRow>of("""
                <div>${item.handedIn}</div>${item.approved ? html`<div>${item.approved}</div>` : ''}\
                ${item.overdue ? html`<div><span class="overdue-text">${item.overdue}</span></div>` : ''}""")
                .withProperty("handedIn", r -> text("dashboard.assignments", r.assignments().handedIn(), r.assignments().given()))
                .withProperty("approved", r -> r.assignments().approved() > 0
                        ? text("dashboard.assignments.approved", r.assignments().approved()) : null)
                .withProperty("overdue", r -> r.assignments().overdue() > 0
                        ? text("dashboard.assignments.overdue", r.assignments().overdue()) : null);
    }

    /** One flag's badge as the template gets it (a record: Vaadin sends a bean's properties, a Map's would be lost). */
    public record Badge(String css, String icon, String text) {
    }

    private String text(String key, Object... args) {
        return owner.getTranslation(key, args);
    }
}
