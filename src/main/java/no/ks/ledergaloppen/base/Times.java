package no.ks.ledergaloppen.base;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Clock times inside the services' messages ("endret av X kl. 14:32"), in the application clock's zone. */
public final class Times {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private Times() {
    }

    public static String hourMinute(Instant at, Clock clock) {
        return HH_MM.format(at.atZone(clock.getZone()));
    }
}
