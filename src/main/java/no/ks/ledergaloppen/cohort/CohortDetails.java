package no.ks.ledergaloppen.cohort;

import java.util.List;
import no.ks.ledergaloppen.security.UserAccount;

public record CohortDetails(CohortSummary cohort, List<EnrolledMunicipality> municipalities,
                            List<UserAccount> facilitators) {
}
