package no.ks.ledergaloppen.assignment;

import java.time.LocalTime;
import java.util.function.Supplier;
import no.ks.ledergaloppen.base.JobClaims;
import no.ks.ledergaloppen.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the "due in three days" reminders every morning at 07:00, and at start-up when that morning's run was
 * missed (the app was down), so a restart misses none. With more nodes on one database only the node that
 * claims the morning runs it ({@link JobClaims}).
 */
@Component
class AssignmentReminders {

    static final String JOB = "assignment-reminders";
    private static final LocalTime AT = LocalTime.of(7, 0);
    private static final Logger LOG = LoggerFactory.getLogger(AssignmentReminders.class);

    private final ReminderService reminders;
    private final SystemAuthentication system;
    private final JobClaims claims;

    AssignmentReminders(ReminderService reminders, SystemAuthentication system, JobClaims claims) {
        this.reminders = reminders;
        this.system = system;
        this.claims = claims;
    }

    /** The number of reminders sent; none when another node (or an earlier start) ran this morning's round. */
    @Scheduled(cron = "0 0 7 * * *", zone = "Europe/Oslo")
    @EventListener(ApplicationReadyEvent.class)
    int remind() {
        if (!claims.claim(JOB, claims.lastSlot(AT))) {
            return 0;
        }
        int sent = system.runAsSystem((Supplier<Integer>) reminders::remindDueSoon);
        if (sent > 0) {
            LOG.info("Sent {} due-date reminders", sent);
        }
        return sent;
    }
}
