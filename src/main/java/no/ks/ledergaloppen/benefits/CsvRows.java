package no.ks.ledergaloppen.benefits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.benefits.MeasurementFile.RawRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV file: UTF-8 (a BOM is dropped), semicolons between the cells; a file in English may use
 * commas instead when its first line has no semicolon. Double quotes keep a separator inside a cell. Empty
 * lines are skipped, and a first line whose first cell has no digit is taken as a header.
 */
final class CsvRows {

    private static final Pattern SMALL = Pattern.compile("-?\\d{1,3}");
    private static final Pattern THOUSANDS_TAIL = Pattern.compile("\\d{3}(\\.\\d+)?");

    private CsvRows() {
    }

    static List<RawRow> read(byte[] content, String fileName, Locale locale) {
        String text = decode(content, fileName);
        char separator = separator(text, locale);
        CSVFormat format = CSVFormat.Builder.create().setDelimiter(separator).setQuote('"').setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).get();
        List<RawRow> rows = new ArrayList<>();
        LineCounter lines = new LineCounter(text);
        boolean first = true;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                int line = lines.lineOfRecordAt(record.getCharacterPosition());
                if (blank(record)) {
                    continue;
                }
                boolean skip = first && header(record);
                first = false;
                if (skip) {
                    continue;
                }
                MeasurementFile.checkRowCount(rows.size() + 1, fileName);
                String date = record.get(0);
                String hint = separator == ';' && record.size() == 1 && date.contains(",") ? "," : null;
                rows.add(new RawRow(line, date, null, cell(record, 1), null, cell(record, 2),
                        splitThousands(separator, record) ? 4 : record.size(), hint));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new DomainException("file", "benefits.file.unreadable", fileName);
        }
        return rows;
    }

    private static String decode(byte[] content, String fileName) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new DomainException("file", "benefits.file.notUtf8", fileName);
        }
    }

    /** Semicolons, unless an English file's first line has commas and no semicolon (or tabs, as pasted from a sheet). */
    private static char separator(String text, Locale locale) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (first.indexOf(';') >= 0) {
            return ';';
        }
        if (first.indexOf('\t') >= 0) {
            return '\t';
        }
        return "en".equals(locale.getLanguage()) && first.indexOf(',') >= 0 ? ',' : ';';
    }

    /**
     * "2026-02-01,1,234.5" in a comma file is a number whose thousands were split, not the value 1 with the
     * comment "234.5": counted as a row with a stray separator, so it is refused rather than guessed.
     */
    private static boolean splitThousands(char separator, CSVRecord record) {
        return separator == ',' && record.size() == 3 && SMALL.matcher(cell(record, 1)).matches()
                && THOUSANDS_TAIL.matcher(cell(record, 2)).matches();
    }

    private static boolean blank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    /** A header names its columns ("dato", "Date", ...): its first cell has no digit, which every date has. */
    private static boolean header(CSVRecord record) {
        return record.get(0).chars().noneMatch(Character::isDigit);
    }

    private static String cell(CSVRecord record, int index) {
        return index < record.size() ? record.get(index) : "";
    }

    /** Line numbers (from 1) for character positions, read forwards once. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        /** A record's position may lie before the empty lines the parser skipped on its way to it. */
        int lineOfRecordAt(long characterPosition) {
            long start = characterPosition;
            while (start < text.length() && (text.charAt((int) start) == '\n' || text.charAt((int) start) == '\r')) {
                start++;
            }
            for (; position < start && position < text.length(); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
