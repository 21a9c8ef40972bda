package no.ks.ledergaloppen.cohort;

/** The written standard a municipality uses: bokmål or nynorsk. */
public enum WrittenStandard {
    BOKMAL, NYNORSK
}
