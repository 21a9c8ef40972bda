package no.ks.ledergaloppen.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import org.springframework.beans.factory.annotation.Autowired;

/** A cohort of two municipalities of its own, and a benefit on the first one's case, built through the services. Imported by the tests that use it (not a scanned component: other contexts lack CohortFixture). */
class BenefitsFixture {

    @Autowired CohortFixture cohorts;
    @Autowired BenefitsService benefits;
    @Autowired TestLogin login;
    @Autowired TestClock clock;

    record Built(CohortFixture.Built cohort, long caseId, long benefitId) {
        String participant() {
            return cohort.participants().get(0);
        }

        String otherParticipant() {
            return cohort.participants().get(1);
        }
    }

    /** Leaves the first municipality's participant logged in. */
    Built cohortWithBenefit(String tag) {
        CohortFixture.Built c = cohorts.cohort(tag, 2, List.of(clock.today().plusDays(14)));
        long caseId = c.caseIds().get(0);
        login.as(c.participants().get(0));
        long benefitId = benefits.addBenefit(caseId, new BenefitDraft("Færre timer til saksbehandling",
                BenefitType.TIME_SAVED, "Kari Nordmann", "Enhetsleder", "Tallene er anslått")).id();
        return new Built(c, caseId, benefitId);
    }

    /** 100 on the baseline date, 200 a hundred days later (or the other way round for lower is better). */
    IndicatorDraft plan(Direction direction, LocalDate baselineDate) {
        boolean higher = direction == Direction.HIGHER_IS_BETTER;
        return new IndicatorDraft("Saker avsluttet", "saker", direction, new BigDecimal(higher ? "100" : "200"),
                baselineDate, new BigDecimal(higher ? "200" : "100"), baselineDate.plusDays(100), Frequency.MONTHLY);
    }

    static MeasurementDraft measured(LocalDate date, String value) {
        return new MeasurementDraft(date, new BigDecimal(value), null);
    }
}
