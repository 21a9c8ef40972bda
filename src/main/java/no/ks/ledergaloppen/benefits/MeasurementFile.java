package no.ks.ledergaloppen.benefits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.ks.ledergaloppen.base.Decimals;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.Texts;

/**
 * Measurements read from a file a leader group made in Excel or by hand: CSV ({@code dato;verdi;kommentar},
 * semicolons, UTF-8 with or without BOM, header optional) or XLSX (the first sheet, the same three columns).
 * Every row comes back, good or bad, with its line in the file, so the preview can show all of it; nothing is
 * saved here. A file over {@link #MAX_BYTES} or with more than {@link #MAX_ROWS} rows, of another type, or
 * unreadable, is refused as a whole with a {@link DomainException} on the field {@code file}.
 */
public final class MeasurementFile {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_ROWS = 5000;
    /** What the limit is called in messages: "1 MB". */
    public static final int MAX_MEGABYTES = MAX_BYTES / (1024 * 1024);

    /**
     * One row of the file: its line (1-based, as an editor or a spreadsheet numbers it), its cells as written,
     * and either the measurement it gives or why it gives none.
     */
    public record Row(int line, String date, String value, String comment, MeasurementDraft draft, RowProblem problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    /** Every row of a file, in file order. */
    public record Result(String fileName, List<Row> rows) {

        /** The measurements of the good rows, in file order. */
        public List<MeasurementDraft> drafts() {
            return rows.stream().filter(Row::ok).map(Row::draft).toList();
        }

        public List<RowProblem> problems() {
            return rows.stream().filter(r -> !r.ok()).map(Row::problem).toList();
        }

        /** True when there is at least one row and every row gives a measurement. */
        public boolean valid() {
            return !rows.isEmpty() && rows.stream().allMatch(Row::ok);
        }
    }

    private MeasurementFile() {
    }

    /** Reads at most one byte past the limit from {@code in}, then as {@link #parse(byte[], String, Locale)}. */
    public static Result parse(InputStream in, String fileName, Locale locale) {
        try {
            return parse(in.readNBytes(MAX_BYTES + 1), fileName, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every row of the file; numbers are read the way {@code locale} writes them.
     *
     * @throws DomainException on {@code file}: {@code benefits.file.tooLarge}, {@code benefits.file.tooManyRows},
     *     {@code benefits.file.wrongType}, {@code benefits.file.unreadable}, {@code benefits.file.notUtf8} or
     *     {@code benefits.file.empty}
     */
    public static Result parse(byte[] content, String fileName, Locale locale) {
        String name = fileName == null || fileName.isBlank() ? "?" : fileName.strip();
        if (content.length > MAX_BYTES) {
            throw new DomainException("file", "benefits.file.tooLarge", name, MAX_MEGABYTES);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        List<RawRow> raw;
        if (lower.endsWith(".xlsx")) {
            raw = XlsxRows.read(content, name);
        } else if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            raw = CsvRows.read(content, name, locale);
        } else {
            throw new DomainException("file", "benefits.file.wrongType", name);
        }
        if (raw.isEmpty()) {
            throw new DomainException("file", "benefits.file.empty", name);
        }
        return new Result(name, raw.stream().map(r -> row(r, locale)).toList());
    }

    /** Refused as a whole when a file has more rows than the limit; called by the readers as they count. */
    static void checkRowCount(int rows, String fileName) {
        if (rows > MAX_ROWS) {
            throw new DomainException("file", "benefits.file.tooManyRows", fileName, MAX_ROWS);
        }
    }

    /**
     * A row as a reader found it: the cells' text, and a date or a number when the cell was typed as one
     * (in XLSX). {@code columns} counts the cells, to tell a row in the wrong separator or with a stray one.
     */
    record RawRow(int line, String date, LocalDate typedDate, String value, BigDecimal typedValue, String comment,
                  int columns, String separatorHint) {
    }

    private static Row row(RawRow r, Locale locale) {
        String comment = Texts.clean(r.comment());
        String dateText = r.typedDate() != null ? FileDates.format(r.typedDate()) : blankToEmpty(r.date());
        String valueText = r.typedValue() != null ? Decimals.format(r.typedValue(), locale) : blankToEmpty(r.value());
        try {
            if (r.columns() == 1 && r.separatorHint() != null && !r.date().isBlank()) {
                throw DomainException.of("benefits.file.oneColumn", r.separatorHint());
            }
            if (r.columns() > 3) {
                throw DomainException.of("benefits.file.tooManyColumns");
            }
            LocalDate date = r.typedDate() != null ? r.typedDate() : FileDates.parse(r.date());
            BigDecimal value = value(r, valueText, locale);
            return new Row(r.line(), dateText, valueText, comment, new MeasurementDraft(date, value, comment), null);
        } catch (DomainException e) {
            return new Row(r.line(), dateText, valueText, comment, null,
                    new RowProblem(r.line(), e.messageKey(), e.args()));
        }
    }

    private static BigDecimal value(RawRow r, String text, Locale locale) {
        try {
            // a number typed as a number in Excel goes through the same limits; its float noise is rounded away
            return Decimals.parse("value", text, locale);
        } catch (DomainException e) {
            throw switch (e.messageKey()) {
                case "validation.required" -> DomainException.of("benefits.file.noValue");
                case "validation.number" -> DomainException.of("benefits.file.badValue", text);
                default -> e;
            };
        }
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
