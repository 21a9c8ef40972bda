package no.ks.ledergaloppen.assignment;

import static no.ks.ledergaloppen.assignment.AssignmentFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.gathering.GatheringService;
import no.ks.ledergaloppen.notification.NotificationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class ReminderServiceTest {

    @Autowired
    ReminderService reminders;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    GatheringService gatherings;
    @Autowired
    NotificationService notifications;
    @Autowired
    TestLogin login;
    @Autowired
    TestClock clock;
    AssignmentFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new AssignmentFixture(assignments, gatherings, login, clock);
    }

    private long remindersTo(String username, String title) {
        login.as(username);
        return notifications.recent(100).stream()
                .filter(n -> n.messageKey().equals("notification.dueSoon") && n.args().getFirst().equals(title)).count();
    }

    private int remind() {
        login.as("admin");
        return reminders.remindDueSoon();
    }

    @Test
    void reminders_go_only_to_those_who_have_not_handed_in_and_only_once() {
        long id = fixture.give("Snart frist", AnswerMode.GROUP, TODAY.plusDays(2));
        login.as("ola");
        answers.submit(id, null, "Levert i tide");
        assertThat(remind()).isPositive();
        assertThat(remindersTo("ola", "Snart frist")).isZero();
        assertThat(remindersTo("marte", "Snart frist")).isZero();
        assertThat(remindersTo("sigrid", "Snart frist")).isOne();
        assertThat(remindersTo("lars", "Snart frist")).isOne();
        remind();
        assertThat(remindersTo("sigrid", "Snart frist")).isOne();
    }

    @Test
    void an_assignment_due_later_than_three_days_or_withdrawn_reminds_nobody() {
        fixture.give("Lang frist", AnswerMode.GROUP, TODAY.plusDays(4));
        long withdrawn = fixture.give("Trukket", AnswerMode.GROUP, TODAY.plusDays(1));
        assignments.withdraw(withdrawn, assignments.get(withdrawn).version(), "Dobbelt opp med samlingen");
        remind();
        assertThat(remindersTo("sigrid", "Lang frist")).isZero();
        assertThat(remindersTo("sigrid", "Trukket")).isZero();
    }

    @Test
    void a_moved_due_date_earns_a_new_reminder_when_it_comes_close() {
        long id = fixture.give("Flyttet frist", AnswerMode.GROUP, TODAY.plusDays(2));
        remind();
        login.as("kari");
        AssignmentInfo a = assignments.get(id);
        assignments.update(id, a.version(), new AssignmentChanges(a.title(), a.instructions(), TODAY.plusDays(10), null));
        clock.advance(Duration.ofDays(8));
        remind();
        assertThat(remindersTo("sigrid", "Flyttet frist")).isEqualTo(2);
    }

    @Test
    void facilitators_and_participants_cannot_send_reminders() {
        login.as("kari");
        assertThatThrownBy(() -> reminders.remindDueSoon()).isInstanceOf(AccessDeniedException.class);
        login.as("ola");
        assertThatThrownBy(() -> reminders.remindDueSoon()).isInstanceOf(AccessDeniedException.class);
    }
}
