package no.ks.ledergaloppen.cohort;

/** A participant's place: which municipality's leader group, in which cohort, with which title. */
public record Membership(long cohortId, String cohortName, long municipalityId, String municipalityName,
                         WrittenStandard writtenStandard, String title) {
}
