package no.ks.ledergaloppen.base;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The application's clock, injected everywhere as a {@link Clock}. A piece of work may run "as of" an
 * earlier moment on its own thread only (the demo tells its cohort's story along a real timeline that
 * way, through the same services as users); every other thread always sees the underlying clock.
 */
public final class AppClock extends Clock {

    /** The app's time zone: the programme runs in Norway. The one place it is named. */
    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Clock base;
    private final ThreadLocal<Instant> asOf = new ThreadLocal<>();

    public AppClock(Clock base) {
        this.base = Objects.requireNonNull(base);
    }

    /** Runs {@code work} on this thread as if it were {@code moment}; nested calls restore the outer moment. */
    public <T> T asOf(Instant moment, Supplier<T> work) {
        Instant outer = asOf.get();
        asOf.set(Objects.requireNonNull(moment));
        try {
            return work.get();
        } finally {
            if (outer == null) {
                asOf.remove();
            } else {
                asOf.set(outer);
            }
        }
    }

    public void asOf(Instant moment, Runnable work) {
        asOf(moment, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public Instant instant() {
        Instant moment = asOf.get();
        return moment != null ? moment : base.instant();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
