package no.ks.ledergaloppen;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import no.ks.ledergaloppen.cohort.CohortAccess;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.stereotype.Component;

/** Counts the SQL statements Hibernate prepares for one call, with nothing cached from the set-up. */
@Component
public class Statements {

    private final EntityManager entityManager;
    private final CohortAccess cohortAccess;

    Statements(EntityManager entityManager, CohortAccess cohortAccess) {
        this.entityManager = entityManager;
        this.cohortAccess = cohortAccess;
    }

    public <T> Counted<T> count(Supplier<T> call) {
        entityManager.flush();
        entityManager.clear();
        cohortAccess.forgetManagedCohorts();
        Statistics stats = entityManager.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        try {
            T result = call.get();
            return new Counted<>(result, stats.getPrepareStatementCount());
        } finally {
            stats.setStatisticsEnabled(false);
        }
    }

    public record Counted<T>(T result, long statements) {
    }
}
