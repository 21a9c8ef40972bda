package no.ks.ledergaloppen.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import no.ks.ledergaloppen.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The generated data set the load harness drives (profile {@code loaddata}, never with {@code demo}): on an empty
 * database, {@code ledergaloppen.loaddata.cohorts} cohorts of 8 municipalities with 5 participants each
 * ({@code p-C-M-P}), a facilitator per cohort ({@code f-C}) and {@code admin}, all with the password
 * {@code galopp-last}. Runs before {@code FirstAdminBootstrap}, which then finds users and does nothing.
 * People go in first (one transaction), then each cohort in a transaction of its own.
 */
@Component
@Profile("loaddata & !demo")
@Order(-10)
class LoadData implements ApplicationRunner {

    static final String PASSWORD = "galopp-last";
    static final int MUNICIPALITIES = 8;
    static final int PARTICIPANTS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(LoadData.class);
    private static final String[] TABLES = {"app_user", "cohort", "municipality", "leader_group_member",
        "innovation_case", "case_step_tick", "gathering", "assignment", "answer", "benefit_indicator",
        "benefit_measurement", "notification"};

    private final LoadPeople people;
    private final LoadCohort cohort;
    private final SystemAuthentication system;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final int cohorts;

    LoadData(LoadPeople people, LoadCohort cohort, SystemAuthentication system, TransactionTemplate transaction,
             JdbcTemplate jdbc, @Value("${ledergaloppen.loaddata.cohorts:40}") int cohorts) {
        this.people = people;
        this.cohort = cohort;
        this.system = system;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.cohorts = cohorts;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer users = jdbc.queryForObject("select count(*) from app_user", Integer.class);
        if (users != null && users > 0) {
            LOG.info("Load data: the database already has users; nothing generated.");
            return;
        }
        long started = System.nanoTime();
        system.runAsSystem(() -> {
            LoadPeople.Ids ids = transaction.execute(status -> people.create(cohorts));
            for (int c = 1; c <= cohorts; c++) {
                int number = c;
                transaction.executeWithoutResult(status -> cohort.create(number, ids));
            }
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info("Load data: {} cohorts generated in {} ms: {}", cohorts, millis, counts());
    }

    Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        return counts;
    }
}
