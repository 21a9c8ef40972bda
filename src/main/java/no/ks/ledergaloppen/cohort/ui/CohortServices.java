package no.ks.ledergaloppen.cohort.ui;

import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.cohort.LeaderGroupService;
import no.ks.ledergaloppen.cohort.MunicipalityService;
import no.ks.ledergaloppen.security.UserService;

/** The services the cohort page's sections call, handed down together. */
record CohortServices(CohortService cohorts, LeaderGroupService leaderGroups, MunicipalityService municipalities,
                      UserService users) {
}
