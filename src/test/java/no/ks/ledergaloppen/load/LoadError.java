package no.ks.ledergaloppen.load;

/** A response the load harness counts as an error: HTTP >= 400, a Vaadin resync, an expired session, an appError. */
final class LoadError extends Exception {

    LoadError(String message) {
        super(message);
    }
}
