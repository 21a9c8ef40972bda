package no.ks.ledergaloppen.gathering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.base.ui.PlainText;
import no.ks.ledergaloppen.cohort.CohortDetails;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.cohort.EnrolledMunicipality;
import no.ks.ledergaloppen.gathering.GatheringInfo;
import no.ks.ledergaloppen.gathering.GatheringService;
import no.ks.ledergaloppen.gathering.HomeVisitInfo;
import no.ks.ledergaloppen.gathering.HomeVisitService;
import no.ks.ledergaloppen.gathering.card.GatheringCard;

/**
 * The programme's rhythm: each cohort's gatherings with their agendas, the next one marked, and the
 * home visits. Facilitators plan gatherings and visits here; participants read them.
 */
@Route("gatherings")
@PermitAll
public class GatheringsView extends VerticalLayout implements HasDynamicTitle {

    private final GatheringService gatherings;
    private final HomeVisitService visits;
    private final CohortService cohorts;
    private final Clock clock;

    GatheringsView(GatheringService gatherings, HomeVisitService visits, CohortService cohorts, Clock clock) {
        this.gatherings = gatherings;
        this.visits = visits;
        this.cohorts = cohorts;
        this.clock = clock;
        setMaxWidth("64rem");
        render();
    }

    private void render() {
        removeAll();
        Map<Long, String> mine = gatherings.myCohorts();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("gathering.noCohort"));
            none.setId("no-gatherings");
            add(none);
            return;
        }
        Map<Long, List<GatheringInfo>> byCohort = new LinkedHashMap<>();
        mine.keySet().forEach(id -> byCohort.put(id, new ArrayList<>()));
        gatherings.mine().forEach(g -> byCohort.get(g.cohortId()).add(g));
        byCohort.forEach((cohortId, list) -> add(cohortSection(cohortId, mine.get(cohortId), list)));
    }

    private Div cohortSection(long cohortId, String name, List<GatheringInfo> list) {
        Div section = new Div();
        section.addClassName("cohort-gatherings");
        section.setId("cohort-gatherings-" + cohortId);
        section.add(new H2(name));
        boolean canPlan = gatherings.canPlan(cohortId);
        if (canPlan) {
            int suggested = list.stream().mapToInt(GatheringInfo::number).max().orElse(0) + 1;
            Button add = new Button(getTranslation("gathering.new"), e -> new GatheringDialog(cohortId, null, suggested,
                    gatherings, saved -> saved(saved)).open());
            add.setId("new-gathering-" + cohortId);
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(add);
        }
        if (list.isEmpty()) {
            section.add(new Paragraph(getTranslation("gathering.none")));
        }
        LocalDate today = LocalDate.now(clock);
        Optional<GatheringInfo> next = list.stream().filter(g -> !g.date().isBefore(today)).findFirst();
        Div cards = new Div();
        cards.addClassName("gathering-list");
        for (GatheringInfo g : list) {
            boolean isNext = next.isPresent() && next.get().id() == g.id();
            if (canPlan) {
                Button edit = new Button(getTranslation("action.edit"), e -> new GatheringDialog(cohortId, g, g.number(),
                        gatherings, this::saved).open());
                edit.setId("edit-gathering-" + g.id());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                cards.add(new GatheringCard(g, isNext, edit));
            } else {
                cards.add(new GatheringCard(g, isNext));
            }
        }
        section.add(cards, homeVisits(cohortId, canPlan));
        return section;
    }

    private void saved(GatheringInfo g) {
        Notifications.success(getTranslation("gathering.saved"));
        render();
    }

    private Div homeVisits(long cohortId, boolean canPlan) {
        Div box = new Div();
        box.addClassName("home-visits");
        box.setId("home-visits-" + cohortId);
        box.add(new H3(getTranslation("homeVisit.title")));
        List<HomeVisitInfo> list = visits.visits(cohortId);
        if (!canPlan) {
            if (list.isEmpty()) {
                box.add(new Paragraph(getTranslation("homeVisit.noneYet")));
            }
            list.forEach(v -> box.add(visitCard(v, null)));
            return box;
        }
        CohortDetails details = cohorts.details(cohortId);
        box.add(new Paragraph(getTranslation("homeVisit.intro")));
        for (EnrolledMunicipality m : details.municipalities()) {
            long municipalityId = m.municipality().id();
            Optional<HomeVisitInfo> visit = list.stream().filter(v -> v.municipalityId() == municipalityId).findFirst();
            Button action = new Button(getTranslation(visit.isPresent() ? "action.edit" : "homeVisit.plan"),
                    e -> new HomeVisitDialog(cohortId, municipalityId, m.municipality().name(), visit.orElse(null),
                            details.facilitators(), visits, saved -> {
                                Notifications.success(getTranslation("homeVisit.saved"));
                                render();
                            }).open());
            action.setId("visit-action-" + municipalityId);
            action.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            if (visit.isPresent()) {
                box.add(visitCard(visit.get(), action));
            } else {
                Div row = new Div(new Span(m.municipality().name() + " · " + getTranslation("homeVisit.notPlanned")), action);
                row.addClassName("visit-row");
                box.add(row);
            }
        }
        return box;
    }

    private Div visitCard(HomeVisitInfo v, Button action) {
        Div card = new Div();
        card.addClassName("card");
        card.addClassName("home-visit");
        card.setId("home-visit-" + v.municipalityId());
        Span status = new Span(getTranslation("homeVisit.status." + v.status().name()));
        status.getElement().getThemeList().add(v.status().name().equals("DONE") ? "badge success" : "badge");
        card.add(new H3(v.municipalityName()), status);
        card.add(new Paragraph(getTranslation("homeVisit.when", Formats.date(v.date()),
                String.join(", ", v.facilitatorNames()))));
        if (v.trainedOn() != null) {
            card.add(new Paragraph(getTranslation("homeVisit.field.trainedOn")), PlainText.of(v.trainedOn()));
        }
        if (v.notes() != null) {
            card.add(new Paragraph(getTranslation("homeVisit.field.notes")), PlainText.of(v.notes()));
        }
        if (action != null) {
            card.add(action);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gathering.pageTitle");
    }
}
