package no.ks.ledergaloppen.benefits;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import no.ks.ledergaloppen.base.DomainException;

/** Dates in an import file: Norwegian {@code 23.11.2026} (also {@code 3.2.2026}) or ISO {@code 2026-11-23}, nothing else. */
final class FileDates {

    private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private FileDates() {
    }

    /** The date written in {@code text}; refused with {@code benefits.file.noDate} or {@code benefits.file.badDate}. */
    static LocalDate parse(String text) {
        String date = text == null ? "" : text.strip();
        if (date.isEmpty()) {
            throw DomainException.of("benefits.file.noDate");
        }
        try {
            return date.contains("-") ? LocalDate.parse(date, ISO) : LocalDate.parse(date, NORWEGIAN);
        } catch (DateTimeParseException e) {
            throw DomainException.of("benefits.file.badDate", date);
        }
    }

    static String format(LocalDate date) {
        return SHOWN.format(date);
    }
}
