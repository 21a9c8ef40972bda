package no.ks.ledergaloppen.base;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets a daily job run once across all nodes on the one database. A node claims (job, day) by inserting a row
 * into {@code scheduled_run}; the primary key lets exactly one insert through, and only that node runs the
 * job. The claim commits in a transaction of its own at once, so a second node sees it whatever the job does
 * afterwards (a job that fails is not retried that day by another node: it says so in the log).
 */
@Component
public class JobClaims {

    private static final Logger LOG = LoggerFactory.getLogger(JobClaims.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final NodeName node;

    public JobClaims(DataSource dataSource, PlatformTransactionManager transactions, Clock clock, NodeName node) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.node = node;
    }

    /** True for the one node whose claim on {@code job} for {@code day} went in first, false for every other. */
    public boolean claim(String job, LocalDate day) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into scheduled_run (job, run_on, node, claimed_at) values (?, ?, ?, ?)",
                    job, day, node.name(), OffsetDateTime.now(clock)));
            return true;
        } catch (DataIntegrityViolationException taken) {
            LOG.info("{} for {} is run by {}, not by this node ({})", job, day, holder(job, day), node.name());
            return false;
        }
    }

    /**
     * The day whose run of a job at {@code time} (Oslo) came last: today once that time has passed, else
     * yesterday. A node that starts at 05:00 thus catches up yesterday's 07:00 run if nobody ran it, and leaves
     * today's to 07:00.
     */
    public LocalDate lastSlot(LocalTime time) {
        var now = clock.instant().atZone(AppClock.OSLO);
        return now.toLocalTime().isBefore(time) ? now.toLocalDate().minusDays(1) : now.toLocalDate();
    }

    /** The node that holds the claim, for the log. */
    private String holder(String job, LocalDate day) {
        return jdbc.query("select node from scheduled_run where job = ? and run_on = ?",
                rs -> rs.next() ? rs.getString(1) : "?", job, day);
    }
}
