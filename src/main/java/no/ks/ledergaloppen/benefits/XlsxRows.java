package no.ks.ledergaloppen.benefits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.benefits.MeasurementFile.RawRow;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of an Excel workbook's first sheet (fastexcel-reader, streamed): cells typed as dates or numbers
 * are taken as such, text cells are read like CSV cells. Empty rows are skipped, and a first row whose first
 * cell is text without a digit is taken as a header.
 */
final class XlsxRows {

    private XlsxRows() {
    }

    static List<RawRow> read(byte[] content, String fileName) {
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
            throw new DomainException("file", "benefits.file.unreadable", fileName);
        }
        List<RawRow> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            boolean first = true;
            for (Row row : (Iterable<Row>) sheet::iterator) {
                int columns = columns(row);
                if (columns == 0) {
                    continue;
                }
                boolean header = first && text(row, 0).chars().noneMatch(Character::isDigit) && !typed(row, 0);
                first = false;
                if (!header) {
                    MeasurementFile.checkRowCount(rows.size() + 1, fileName);
                    rows.add(new RawRow(row.getRowNum(), text(row, 0), date(row), text(row, 1), number(row), text(row, 2),
                            columns, null));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException refused) {
                throw refused;
            }
            throw new DomainException("file", "benefits.file.unreadable", fileName);
        }
        return rows;
    }

    /** Cells up to the last one with something in it. */
    private static int columns(Row row) {
        int last = 0;
        for (int i = 0; i < row.getCellCount(); i++) {
            if (!text(row, i).isBlank()) {
                last = i + 1;
            }
        }
        return last;
    }

    private static Optional<Cell> cell(Row row, int index) {
        return index < row.getCellCount() ? row.getOptionalCell(index) : Optional.empty();
    }

    private static boolean typed(Row row, int index) {
        return cell(row, index).map(c -> c.getType() == CellType.NUMBER).orElse(false);
    }

    private static String text(Row row, int index) {
        return cell(row, index).map(c -> c.getType() == CellType.FORMULA ? c.getRawValue() : c.getText())
                .map(String::strip).orElse("");
    }

    /** A date cell is a number of days in Excel; one that is no real date is left to be refused as text. */
    private static LocalDate date(Row row) {
        try {
            return cell(row, 0).filter(c -> c.getType() == CellType.NUMBER).map(c -> c.asDate().toLocalDate())
                    .orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static BigDecimal number(Row row) {
        return cell(row, 1).filter(c -> c.getType() == CellType.NUMBER).map(Cell::asNumber).orElse(null);
    }
}
