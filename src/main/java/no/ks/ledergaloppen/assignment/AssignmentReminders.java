package no.ks.ledergaloppen.assignment;

import no.ks.ledergaloppen.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the "due in three days" reminders every morning, and once at start-up so a restart misses none. */
@Component
class AssignmentReminders {

    private static final Logger LOG = LoggerFactory.getLogger(AssignmentReminders.class);

    private final ReminderService reminders;
    private final SystemAuthentication system;

    AssignmentReminders(ReminderService reminders, SystemAuthentication system) {
        this.reminders = reminders;
        this.system = system;
    }

    @Scheduled(cron = "0 0 7 * * *", zone = "Europe/Oslo")
    @EventListener(ApplicationReadyEvent.class)
    void remind() {
        int sent = system.runAsSystem((java.util.function.Supplier<Integer>) reminders::remindDueSoon);
        if (sent > 0) {
            LOG.info("Sent {} due-date reminders", sent);
        }
    }
}
