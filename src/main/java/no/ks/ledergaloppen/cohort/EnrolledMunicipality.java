package no.ks.ledergaloppen.cohort;

import java.util.List;

/** A municipality in a cohort, with its leader group. */
public record EnrolledMunicipality(MunicipalityInfo municipality, List<MemberInfo> leaderGroup) {
}
