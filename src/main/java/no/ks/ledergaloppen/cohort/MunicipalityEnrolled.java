package no.ks.ledergaloppen.cohort;

/** Published when a municipality joins a cohort, so that its innovation case can be created. */
public record MunicipalityEnrolled(long cohortId, long municipalityId) {
}
