package no.ks.ledergaloppen.base.ui;

import no.ks.ledergaloppen.base.AppClock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Norwegian date and time formats (23.11.2026, 14:32), used in every language. */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(java.time.Instant instant) {
        return instant == null ? "" : DATE_TIME.format(ZonedDateTime.ofInstant(instant, AppClock.OSLO));
    }

    public static String time(java.time.Instant instant) {
        return instant == null ? "" : TIME.format(ZonedDateTime.ofInstant(instant, AppClock.OSLO));
    }
}
