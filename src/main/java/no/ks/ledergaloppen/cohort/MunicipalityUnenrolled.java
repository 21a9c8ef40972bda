package no.ks.ledergaloppen.cohort;

/** Published when a municipality leaves a cohort, so that its innovation case can be archived. */
public record MunicipalityUnenrolled(long cohortId, long municipalityId) {
}
