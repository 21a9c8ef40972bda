package no.ks.ledergaloppen.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.ks.ledergaloppen.assignment.domain.Assignment;
import no.ks.ledergaloppen.assignment.domain.AssignmentRepository;
import no.ks.ledergaloppen.notification.NotificationService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reminders of due dates, sent by the daily job ({@link AssignmentReminders}) running as the system. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class ReminderService {

    /** Reminders go out this many days before the due date. */
    public static final int REMIND_DAYS = 3;

    private final AssignmentRepository assignments;
    private final Answerers answerers;
    private final NotificationService notifications;
    private final Clock clock;

    ReminderService(AssignmentRepository assignments, Answerers answerers, NotificationService notifications,
                    Clock clock) {
        this.assignments = assignments;
        this.answerers = answerers;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Reminds everyone who has not handed in an assignment in force due within {@value #REMIND_DAYS} days;
     * each person is reminded once per assignment and due date. Returns the number of reminders sent.
     */
    public int remindDueSoon() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (Assignment a : assignments.findByDueDateBetweenAndWithdrawnAtIsNull(today, today.plusDays(REMIND_DAYS))) {
            sent += notifications.send(answerers.nonDeliverers(a), "notification.dueSoon",
                    List.of(a.getTitle(), AssignmentService.DATE.format(a.getDueDate())),
                    AssignmentService.link(a.getId()), dedupeKey(a));
        }
        return sent;
    }

    /** A new due date earns a new reminder; the same one never a second. */
    static String dedupeKey(Assignment a) {
        return "due:" + a.getId() + ":" + a.getDueDate();
    }
}
