package no.ks.ledergaloppen.cohort;

public record MunicipalityDraft(String name, String county, WrittenStandard writtenStandard) {
}
