package no.ks.ledergaloppen.ideas;

/**
 * Where an idea stands. NEW until the leader group triages it; then an everyday improvement (IN_PROGRESS,
 * DONE, or REJECTED with a reason), or BECAME_CASE: a new innovation case was made of it. Names are stored.
 */
public enum IdeaState {
    NEW, IN_PROGRESS, DONE, REJECTED, BECAME_CASE;

    /** The states the leader group may set by hand (BECAME_CASE comes only from making a case). */
    public boolean isEverydayImprovement() {
        return this == IN_PROGRESS || this == DONE || this == REJECTED;
    }
}
