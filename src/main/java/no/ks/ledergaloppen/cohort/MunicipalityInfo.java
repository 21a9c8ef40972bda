package no.ks.ledergaloppen.cohort;

public record MunicipalityInfo(long id, String name, String county, WrittenStandard writtenStandard) {
}
