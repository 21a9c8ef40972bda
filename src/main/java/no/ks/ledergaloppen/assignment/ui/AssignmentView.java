package no.ks.ledergaloppen.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import no.ks.ledergaloppen.assignment.AnswerService;
import no.ks.ledergaloppen.assignment.AssignmentInfo;
import no.ks.ledergaloppen.assignment.AssignmentService;
import no.ks.ledergaloppen.assignment.AttachmentService;
import no.ks.ledergaloppen.assignment.JudgingService;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.base.ui.PlainText;
import no.ks.ledergaloppen.roadmap.RoadmapService;
import no.ks.ledergaloppen.roadmap.guide.StepGuidePanel;
import no.ks.ledergaloppen.security.CurrentUser;

/**
 * One assignment. A participant sees the instructions, the linked roadmap step's guidance beside the
 * answer editor, and the feedback once released. A facilitator sees every municipality's status, judges
 * the answers, and may change or withdraw the assignment. A withdrawn assignment says so and is read-only.
 */
@Route("assignments/:assignmentId(\\d+)")
@PermitAll
public class AssignmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssignmentService assignments;
    private final AnswerService answers;
    private final JudgingService judging;
    private final AttachmentService attachments;
    private final RoadmapService roadmap;
    private final CurrentUser currentUser;
    private final Clock clock;
    private AssignmentInfo assignment;

    AssignmentView(AssignmentService assignments, AnswerService answers, JudgingService judging,
                   AttachmentService attachments, RoadmapService roadmap, CurrentUser currentUser, Clock clock) {
        this.assignments = assignments;
        this.answers = answers;
        this.judging = judging;
        this.attachments = attachments;
        this.roadmap = roadmap;
        this.currentUser = currentUser;
        this.clock = clock;
        setMaxWidth("80rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("assignmentId").orElseThrow());
        try {
            assignment = assignments.get(id);
        } catch (DomainException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        H2 title = new H2(assignment.title());
        title.setId("assignment-title");
        Paragraph meta = new Paragraph(getTranslation("assignment.meta", assignment.cohortName(),
                assignment.gatheringNumber(), Formats.date(assignment.dueDate()),
                getTranslation("assignment.mode." + assignment.mode().name())));
        meta.addClassName("muted");
        add(title, meta);
        boolean judge = !currentUser.isParticipant() && assignments.canJudge(assignment.id());
        if (assignment.withdrawn()) {
            Paragraph notice = new Paragraph(getTranslation("assignment.withdrawnNotice",
                    Formats.dateTime(assignment.withdrawnAt()), assignment.withdrawnBy(), assignment.withdrawReason()));
            notice.setId("withdrawn-notice");
            notice.addClassName("warning");
            add(notice);
        } else if (judge) {
            add(actions());
        }
        Div instructions = new Div(new H3(getTranslation("assignment.instructions")), PlainText.of(assignment.instructions()));
        instructions.setId("assignment-instructions");
        instructions.addClassName("assignment-instructions");
        Div main = new Div(instructions);
        main.addClassName("assignment-main");
        if (currentUser.isParticipant()) {
            main.add(new AnswerEditor(assignment, answers, attachments));
        } else if (judge) {
            main.add(new JudgePanel(assignment, judging, attachments));
        }
        Div layout = new Div(main);
        layout.addClassName("assignment-layout");
        if (assignment.stepId() != null) {
            roadmap.step(assignment.stepId()).ifPresent(step -> {
                Div side = new Div(new StepGuidePanel(step, true),
                        new Anchor("roadmap?fase=" + step.phase().name(), getTranslation("assignment.openRoadmap")));
                side.addClassName("assignment-guide");
                side.setId("assignment-guide");
                layout.add(side);
            });
        }
        add(layout);
    }

    /** "Endre" and "Trekk tilbake" for the cohort's facilitators, while the assignment is in force. */
    private HorizontalLayout actions() {
        Button edit = new Button(getTranslation("assignment.edit"), e -> new EditAssignmentDialog(assignment, assignments,
                roadmap, clock, saved -> {
                    Notifications.success(getTranslation("assignment.changesSaved"));
                    show(saved);
                }).open());
        edit.setId("edit-assignment");
        Button withdraw = new Button(getTranslation("assignment.withdraw"), e -> new WithdrawDialog(assignment,
                assignments, withdrawn -> {
                    Notifications.success(getTranslation("assignment.withdrawnDone"));
                    show(withdrawn);
                }).open());
        withdraw.setId("withdraw-assignment");
        HorizontalLayout actions = new HorizontalLayout(edit, withdraw);
        actions.setId("assignment-actions");
        actions.setWrap(true);
        return actions;
    }

    private void show(AssignmentInfo changed) {
        assignment = changed;
        render();
    }

    @Override
    public String getPageTitle() {
        return assignment == null ? getTranslation("assignment.pageTitle") : assignment.title();
    }
}
