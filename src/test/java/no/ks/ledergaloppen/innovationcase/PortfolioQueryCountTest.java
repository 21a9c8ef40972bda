package no.ks.ledergaloppen.innovationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.Statements;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A page of the portfolio costs the same number of SQL statements however many cases it holds: paged in the
 * database, names and assessments read for the whole page at once.
 */
@ServiceTest
class PortfolioQueryCountTest {

    @Autowired PortfolioService portfolio;
    @Autowired CaseService cases;
    @Autowired CohortFixture fixture;
    @Autowired TestClock clock;
    @Autowired TestLogin login;
    @Autowired Statements statements;

    private CohortFixture.Built assessedCohort(String tag, int size) {
        CohortFixture.Built b = fixture.cohort(tag, size, List.of(clock.today().plusDays(30)));
        for (int i = 0; i < size; i++) {
            fixture.assess(b, i, null);
        }
        return b;
    }

    /** Statements prepared while {@code read} runs as {@code username}, with nothing cached from the set-up. */
    private long statements(String username, Supplier<Integer> read, int expectedRows) {
        login.as(username);
        Statements.Counted<Integer> counted = statements.count(read);
        assertThat(counted.result()).isEqualTo(expectedRows);
        return counted.statements();
    }

    @Test
    void the_facilitators_portfolio_of_30_cases_takes_as_many_statements_as_that_of_5() {
        CohortFixture.Built small = assessedCohort("s5", 5);
        CohortFixture.Built large = assessedCohort("s30", 30);

        long forSmall = statements(small.facilitator(), () -> portfolio.others(PageRequest.of(0, 50))
                .getNumberOfElements(), 5);
        long forLarge = statements(large.facilitator(), () -> portfolio.others(PageRequest.of(0, 50))
                .getNumberOfElements(), 30);
        long listSmall = statements(small.facilitator(), () -> cases.page(PageRequest.of(0, 50))
                .getNumberOfElements(), 5);
        long listLarge = statements(large.facilitator(), () -> cases.page(PageRequest.of(0, 50))
                .getNumberOfElements(), 30);

        assertThat(forLarge).isEqualTo(forSmall);
        assertThat(forSmall).isLessThanOrEqualTo(9); // cohorts run, page, two name lists, foundations and benefits (each with its access check)
        assertThat(listLarge).isEqualTo(listSmall);
    }

    @Test
    void a_leader_group_with_30_cases_reads_its_portfolio_in_as_many_statements_as_one_with_5() {
        CohortFixture.Built b = fixture.cohort("own", 2, List.of(clock.today().plusDays(30)));
        login.as(b.participants().get(0));
        for (int i = 1; i < 5; i++) {
            cases.create(b.cohortId(), b.municipalityIds().get(0), "Sak " + i);
        }
        login.as(b.participants().get(1));
        for (int i = 1; i < 30; i++) {
            cases.create(b.cohortId(), b.municipalityIds().get(1), "Sak " + i);
        }

        long five = statements(b.participants().get(0), () -> portfolio.own().size(), 5);
        long thirty = statements(b.participants().get(1), () -> portfolio.own().size(), 30);

        assertThat(thirty).isEqualTo(five);
    }
}
