package no.ks.ledergaloppen.roadmap;

/** The six phases of the Veikart for tjenesteinnovasjon, in order. */
public enum Phase {
    ANCHORING, INSIGHT, IDEAS, TESTING, IMPLEMENTATION, OPERATIONS;

    /** 1 to 6, as the roadmap numbers them. */
    public int number() {
        return ordinal() + 1;
    }

    public boolean isBefore(Phase other) {
        return ordinal() < other.ordinal();
    }
}
