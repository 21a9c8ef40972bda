package no.ks.ledergaloppen.backup;

import java.util.concurrent.atomic.AtomicBoolean;
import no.ks.ledergaloppen.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes the nightly backup of the embedded H2 database. On any other database it takes none and says so once
 * in the log: there the operator takes backups (PostgreSQL: {@code pg_dump}, see the README).
 * <p>
 * The app runs on one node, so the job runs once a night. Should there be more nodes later, only one may
 * take it: set {@code ledergaloppen.backup.cron=-} on the others, or hold a shared lock (e.g. ShedLock).
 */
@Component
class NightlyBackup {

    private static final Logger LOG = LoggerFactory.getLogger(NightlyBackup.class);

    private final BackupService backups;
    private final SystemAuthentication system;
    private final AtomicBoolean toldNotHere = new AtomicBoolean();

    NightlyBackup(BackupService backups, SystemAuthentication system) {
        this.backups = backups;
        this.system = system;
    }

    @Scheduled(cron = "${ledergaloppen.backup.cron:0 30 2 * * *}", zone = "Europe/Oslo")
    void run() {
        system.runAsSystem(() -> {
            DatabaseKind database = backups.database();
            if (database == DatabaseKind.H2_FILE) {
                backups.takeNow();
            } else if (toldNotHere.compareAndSet(false, true)) {
                if (database == DatabaseKind.POSTGRESQL) {
                    LOG.info("No nightly backup by the app on PostgreSQL: take backups with pg_dump (see the README)");
                } else {
                    LOG.info("No nightly backup by the app on this database ({}): nothing it can back up", database);
                }
            }
        });
    }
}
