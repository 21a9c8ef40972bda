package no.ks.ledergaloppen.backup;

import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicBoolean;
import no.ks.ledergaloppen.base.JobClaims;
import no.ks.ledergaloppen.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes the nightly backup of the embedded H2 database. On any other database it takes none and says so once
 * in the log: there the operator takes backups (PostgreSQL: {@code pg_dump}, see the README).
 * <p>
 * With more nodes on one database only the node that claims the night runs the job ({@link JobClaims}).
 */
@Component
class NightlyBackup {

    private static final Logger LOG = LoggerFactory.getLogger(NightlyBackup.class);

    private final BackupService backups;
    private final SystemAuthentication system;
    static final String JOB = "nightly-backup";
    private static final LocalTime AT = LocalTime.of(2, 30);

    private final AtomicBoolean toldNotHere = new AtomicBoolean();
    private final JobClaims claims;

    NightlyBackup(BackupService backups, SystemAuthentication system, JobClaims claims) {
        this.backups = backups;
        this.system = system;
        this.claims = claims;
    }

    @Scheduled(cron = "${ledergaloppen.backup.cron:0 30 2 * * *}", zone = "Europe/Oslo")
    void run() {
        if (!claims.claim(JOB, claims.lastSlot(AT))) {
            return;
        }
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
