package no.ks.ledergaloppen.assignment;

import static no.ks.ledergaloppen.assignment.AssignmentFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javax.sql.DataSource;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.base.JobClaims;
import no.ks.ledergaloppen.base.NodeName;
import no.ks.ledergaloppen.gathering.GatheringService;
import no.ks.ledergaloppen.notification.NotificationService;
import no.ks.ledergaloppen.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.beans.factory.annotation.Autowired;

/** The morning reminders with two nodes on one database: one node sends them, the other does nothing. */
@ServiceTest
class AssignmentRemindersTest {

    @Autowired ReminderService reminders;
    @Autowired AssignmentService assignments;
    @Autowired GatheringService gatherings;
    @Autowired NotificationService notifications;
    @Autowired SystemAuthentication system;
    @Autowired DataSource dataSource;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired TestLogin login;
    @Autowired TestClock clock;

    /** Claims are committed at once, outside the test's transaction: forget this test's days from an earlier run. */
    @BeforeEach
    void forgetEarlierClaims() {
        var own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        own.executeWithoutResult(s -> new JdbcTemplate(dataSource).update(
                "delete from scheduled_run where job = ? and run_on between ? and ?",
                AssignmentReminders.JOB, TODAY, TODAY.plusDays(1)));
    }

    private AssignmentReminders node(String name) {
        return new AssignmentReminders(reminders, system, new JobClaims(dataSource, transactions, clock, NodeName.of(name)));
    }

    private long remindersTo(String username, String title) {
        login.as(username);
        long count = notifications.recent(100).stream()
                .filter(n -> n.messageKey().equals("notification.dueSoon") && n.args().getFirst().equals(title))
                .count();
        login.logout();
        return count;
    }

    @Test
    void a_second_nodes_morning_run_sends_nothing_and_the_next_morning_is_run_once_again() {
        var fixture = new AssignmentFixture(assignments, gatherings, login, clock);
        AssignmentReminders first = node("node-1");
        AssignmentReminders second = node("node-2");
        fixture.give("Frist om to dager", AnswerMode.GROUP, TODAY.plusDays(2));

        assertThat(first.remind()).isPositive();
        assertThat(remindersTo("sigrid", "Frist om to dager")).isOne();

        fixture.give("Frist i morgen", AnswerMode.GROUP, TODAY.plusDays(1));
        assertThat(second.remind()).isZero();
        assertThat(first.remind()).as("the same node a second time that morning").isZero();
        assertThat(remindersTo("sigrid", "Frist i morgen")).isZero();

        clock.advance(Duration.ofDays(1));
        assertThat(second.remind()).isPositive();
        assertThat(first.remind()).isZero();
        assertThat(remindersTo("sigrid", "Frist i morgen")).isOne();
        assertThat(remindersTo("sigrid", "Frist om to dager")).isOne();
    }
}
