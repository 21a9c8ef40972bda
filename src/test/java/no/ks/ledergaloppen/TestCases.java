package no.ks.ledergaloppen;

import no.ks.ledergaloppen.innovationcase.CaseService;
import no.ks.ledergaloppen.innovationcase.CaseSummary;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** Looks up the demo cases of Pilot i vest by municipality, as an administrator. */
@Component
public class TestCases {

    private final CaseService cases;
    private final TestLogin login;

    TestCases(CaseService cases, TestLogin login) {
        this.cases = cases;
        this.login = login;
    }

    /** Whoever is logged in stays logged in afterwards. */
    public long idOf(String municipality) {
        return login.asAdminMeanwhile(() -> cases.page(Pageable.unpaged()).stream()
                .filter(c -> c.cohortName().equals("Pilot i vest") && c.municipalityName().equals(municipality))
                .map(CaseSummary::id).findFirst().orElseThrow());
    }
}
