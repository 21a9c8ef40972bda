package no.ks.ledergaloppen.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import no.ks.ledergaloppen.base.AppClock;

/**
 * The demo's running cohorts follow the day the demo data is created, so that the app always shows a
 * programme in progress: two gatherings behind, the next one two weeks ahead. All on Tuesdays. What
 * happened between the gatherings is dated on working days in office hours, never later than the last
 * working day before the seeding day, so nothing is dated in the future.
 */
record DemoCalendar(LocalDate today) {

    static final ZoneId OSLO = AppClock.OSLO;

    /** Gathering 1–4 of a running demo cohort; {@code lag} shifts a cohort by weeks (Møre starts later). */
    LocalDate gathering(int number, int lag) {
        int weeksFromToday = switch (number) {
            case 1 -> -9;
            case 2 -> -3;
            case 3 -> 2;
            default -> 10;
        };
        return tuesday(today.plusWeeks(weeksFromToday + lag));
    }

    LocalDate start() {
        return gathering(1, 0).minusWeeks(3).withDayOfMonth(1);
    }

    LocalDate end() {
        return gathering(4, 0).plusMonths(2).with(TemporalAdjusters.lastDayOfMonth());
    }

    /**
     * The working day some days after (or before, when negative) a west gathering; gathering 0 is the
     * seeding day. A weekend falls back to the Friday; never later than the last working day before today.
     */
    LocalDate day(int gathering, int days) {
        LocalDate d = workday((gathering == 0 ? today : gathering(gathering, 0)).plusDays(days));
        LocalDate latest = workday(today.minusDays(1));
        return d.isAfter(latest) ? latest : d;
    }

    /** A moment of a day at a clock time in Oslo. */
    static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(OSLO).toInstant();
    }

    /** {@link #at} on the {@link #day}. */
    Instant at(int gathering, int days, String time) {
        return at(day(gathering, days), time);
    }

    /** The last working day on or before {@code d}. */
    static LocalDate workday(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case SATURDAY -> d.minusDays(1);
            case SUNDAY -> d.minusDays(2);
            default -> d;
        };
    }

    private static LocalDate tuesday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
    }
}
