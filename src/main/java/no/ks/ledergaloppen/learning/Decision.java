package no.ks.ledergaloppen.learning;

/** What the leader group decided after a BLT round. */
public enum Decision {
    CONTINUE, ADJUST, STEP_BACK, STOP
}
