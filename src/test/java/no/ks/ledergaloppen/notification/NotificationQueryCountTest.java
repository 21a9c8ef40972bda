package no.ks.ledergaloppen.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.Statements;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import no.ks.ledergaloppen.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sending a notification to a whole cohort costs one read (who already has it) and one batch of inserts, whether
 * it goes to three people or twelve; a reminder sent twice reaches no one the second time.
 */
@ServiceTest
class NotificationQueryCountTest {

    @Autowired NotificationService notifications;
    @Autowired UserService users;
    @Autowired CohortFixture fixture;
    @Autowired TestClock clock;
    @Autowired TestLogin login;
    @Autowired Statements statements;

    private List<Long> participantsOf(CohortFixture.Built b) {
        login.as("admin");
        return b.participants().stream().map(u -> users.findByUsername(u).orElseThrow().id()).toList();
    }

    private long sendTo(List<Long> userIds, String dedupeKey) {
        var counted = statements.count(() -> notifications.send(userIds, "notification.newAssignment",
                List.of("Oppgave", "01.12.2026"), "/oppgaver", dedupeKey));
        assertThat(counted.result()).isEqualTo(userIds.size());
        return counted.statements();
    }

    @Test
    void twelve_people_are_notified_in_as_many_statements_as_three_and_each_sees_it() {
        CohortFixture.Built small = fixture.cohort("nq3", 3, List.of());
        CohortFixture.Built large = fixture.cohort("nq12", 12, List.of());
        List<Long> few = participantsOf(small);
        List<Long> many = participantsOf(large);

        long forFew = sendTo(few, "q-1");
        long forMany = sendTo(many, "q-1");

        assertThat(forMany).isEqualTo(forFew);
        assertThat(forFew).isLessThanOrEqualTo(1);
        login.as(large.participants().getLast());
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(notifications.recent(5)).singleElement()
                .satisfies(n -> assertThat(n.args()).containsExactly("Oppgave", "01.12.2026"));
    }

    @Test
    void a_reminder_sent_again_reaches_only_those_who_did_not_get_it() {
        CohortFixture.Built b = fixture.cohort("nqd", 4, List.of());
        List<Long> all = participantsOf(b);
        notifications.send(all.subList(0, 2), "notification.newAssignment", List.of("Oppgave", "x"), "/", "rem-1");

        int sent = notifications.send(all, "notification.newAssignment", List.of("Oppgave", "x"), "/", "rem-1");

        assertThat(sent).isEqualTo(2);
        login.as(b.participants().getFirst());
        assertThat(notifications.unreadCount()).isEqualTo(1);
    }
}
