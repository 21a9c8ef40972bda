package no.ks.ledergaloppen.home.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import no.ks.ledergaloppen.assignment.AssignmentService;
import no.ks.ledergaloppen.assignment.MyAssignment;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.cohort.LeaderGroupService;
import no.ks.ledergaloppen.cohort.MemberInfo;
import no.ks.ledergaloppen.cohort.Membership;
import no.ks.ledergaloppen.gathering.GatheringService;
import no.ks.ledergaloppen.gathering.card.GatheringCard;
import no.ks.ledergaloppen.innovationcase.PortfolioService;

/** A participant's case, open assignments, next gathering, and their cohort, municipality and leader group. */
class ParticipantHome extends Composite<VerticalLayout> {

    ParticipantHome(String displayName, LeaderGroupService leaderGroups, GatheringService gatherings,
                    AssignmentService assignments, PortfolioService portfolio) {
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.add(new H2(getTranslation("home.welcome", displayName)));
        var memberships = leaderGroups.myMemberships();
        if (memberships.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("home.participant.noGroup"));
            none.setId("no-group");
            content.add(none);
            return;
        }
        content.add(new CaseCard(portfolio.own()), due(assignments));
        for (Membership m : memberships) {
            Div next = new Div(new H3(getTranslation("gathering.next")));
            next.setId("next-gathering-" + m.cohortId());
            next.addClassName("next-gathering-box");
            gatherings.next(m.cohortId()).ifPresentOrElse(g -> next.add(new GatheringCard(g, false)),
                    () -> next.add(new Paragraph(getTranslation("home.noNextGathering"))));
            content.add(next, card(m, leaderGroups));
        }
    }

    /** "Due before the next gathering": the assignments not handed in yet, soonest first, overdue ones marked. */
    private Div due(AssignmentService assignments) {
        Div box = new Div(new H3(getTranslation("home.due")));
        box.setId("due-assignments");
        box.addClassName("due-box");
        var open = assignments.mine().stream().filter(a -> !a.status().delivered()).toList();
        if (open.isEmpty()) {
            box.add(new Paragraph(getTranslation("home.nothingDue")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (MyAssignment a : open) {
            Anchor link = new Anchor("assignments/" + a.assignment().id(), a.assignment().title()); // by route
            link.getElement().setAttribute("router-link", true); // navigates inside the app, no page load
            Span when = new Span(" · " + getTranslation("home.dueOn", Formats.date(a.assignment().dueDate())) + " · ");
            Span status = new Span(getTranslation(a.overdue() ? "assignment.overdue" : "assignment.status." + a.status().name()));
            status.getElement().getThemeList().add(a.overdue() ? "badge error" : "badge contrast");
            list.add(new ListItem(link, when, status));
        }
        box.add(list);
        return box;
    }

    private Div card(Membership m, LeaderGroupService leaderGroups) {
        Div card = new Div();
        card.addClassName("card");
        card.setId("membership-" + m.cohortId());
        H3 heading = new H3(m.municipalityName());
        Paragraph where = new Paragraph(getTranslation("home.participant.cohort", m.cohortName()));
        Paragraph role = new Paragraph(getTranslation("home.participant.title", m.title()));
        UnorderedList group = new UnorderedList();
        group.setId("leader-group");
        for (MemberInfo member : leaderGroups.leaderGroup(m.cohortId(), m.municipalityId())) {
            Span title = new Span(" – " + member.title());
            title.addClassName("muted");
            group.add(new ListItem(new Span(member.displayName()), title));
        }
        card.add(heading, where, role, new H3(getTranslation("home.participant.leaderGroup")), group);
        return card;
    }
}
