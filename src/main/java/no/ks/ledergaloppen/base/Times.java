package no.ks.ledergaloppen.base;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Dates and clock times written by services (messages, exports), Norwegian style, in the application clock's zone. */
public final class Times {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Times() {
    }

    /** A date the Norwegian way (23.11.2026), used in every language; empty for none. */
    public static String date(java.time.LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String hourMinute(Instant at, Clock clock) {
        return HH_MM.format(at.atZone(clock.getZone()));
    }
}
