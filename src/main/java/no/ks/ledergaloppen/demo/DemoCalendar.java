package no.ks.ledergaloppen.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The demo's running cohorts follow the day the demo data is created, so that the app always shows a
 * programme in progress: two gatherings behind, the next one two weeks ahead. All on Tuesdays.
 */
record DemoCalendar(LocalDate today) {

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

    /** A day some days after a west gathering, never later than today. */
    LocalDate after(int gathering, int days) {
        LocalDate d = gathering(gathering, 0).plusDays(days);
        return d.isAfter(today) ? today : d;
    }

    private static LocalDate tuesday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
    }
}
