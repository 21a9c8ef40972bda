package no.ks.ledergaloppen.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes export tables as an Excel workbook (one sheet each) or as CSV (semicolons, UTF-8 with BOM, for Excel). */
final class ExportWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private ExportWriter() {
    }

    static byte[] xlsx(List<ExportTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "Ledergaloppen", "1.0")) {
            for (ExportTable t : tables) {
                Worksheet ws = wb.newWorksheet(t.name());
                for (int c = 0; c < t.headings().size(); c++) {
                    ws.value(0, c, t.headings().get(c));
                    ws.style(0, c).bold().set();
                    ws.width(c, Math.max(10, Math.min(60, t.headings().get(c).length() + 4)));
                }
                ws.freezePane(0, 1);
                for (int r = 0; r < t.rows().size(); r++) {
                    List<Object> row = t.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        cell(ws, r + 1, c, row.get(c));
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void cell(Worksheet ws, int r, int c, Object value) {
        switch (value) {
            case null -> { }
            case Number n -> ws.value(r, c, n);
            case LocalDate d -> {
                ws.value(r, c, d);
                ws.style(r, c).format("dd.mm.yyyy").set();
            }
            case LocalDateTime d -> {
                ws.value(r, c, d);
                ws.style(r, c).format("dd.mm.yyyy hh:mm").set();
            }
            default -> ws.value(r, c, value.toString());
        }
    }

    static byte[] csv(ExportTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';')
                     .setHeader(table.headings().toArray(String[]::new)).get())) {
            for (List<Object> row : table.rows()) {
                csv.printRecord(row.stream().map(ExportWriter::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> "";
            case LocalDate d -> DATE.format(d);
            case LocalDateTime d -> DATE_TIME.format(d);
            default -> value.toString();
        };
    }
}
