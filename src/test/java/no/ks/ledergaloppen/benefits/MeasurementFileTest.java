package no.ks.ledergaloppen.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.benefits.MeasurementFile.Result;
import no.ks.ledergaloppen.benefits.MeasurementFile.Row;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** Reading measurement files as leader groups make them: by hand, from Excel, in Norwegian or English. */
class MeasurementFileTest {

    private static final Locale NB = Locale.of("nb");
    private static final Locale NN = Locale.of("nn");

    private static Result csv(String text, Locale locale) {
        return MeasurementFile.parse(text.getBytes(StandardCharsets.UTF_8), "målinger.csv", locale);
    }

    @Test
    void a_csv_with_a_header_gives_one_measurement_per_row_with_its_line_in_the_file() {
        Result result = csv("dato;verdi;kommentar\n01.02.2026;12,5;Første måling\n2026-03-01;1 234,5;\n", NB);

        assertThat(result.valid()).isTrue();
        assertThat(result.drafts()).containsExactly(
                new MeasurementDraft(LocalDate.of(2026, 2, 1), new BigDecimal("12.5"), "Første måling"),
                new MeasurementDraft(LocalDate.of(2026, 3, 1), new BigDecimal("1234.5"), null));
        assertThat(result.rows()).extracting(Row::line).containsExactly(2, 3);
    }

    @Test
    void a_csv_without_a_header_and_with_empty_lines_keeps_the_real_line_numbers() {
        Result result = csv("\n01.02.2026;12\n\n   \n01.03.2026;13;ok\n", NB);

        assertThat(result.valid()).isTrue();
        assertThat(result.rows()).extracting(Row::line).containsExactly(2, 5);
        assertThat(result.rows()).extracting(Row::comment).containsExactly(null, "ok");
    }

    @Test
    void english_headers_and_a_byte_order_mark_from_excel_are_understood() {
        Result result = csv("\uFEFFDate;Value;Comment\r\n01.02.2026;7;\r\n", NB);

        assertThat(result.rows()).hasSize(1);
        assertThat(result.rows().getFirst().draft().date()).isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void a_quoted_comment_may_hold_semicolons_quotes_and_line_breaks() {
        Result result = csv("01.02.2026;3;\"Ferie; lite folk, sa \"\"Kari\"\"\nog mer\"\n01.03.2026;4;\n", NB);

        assertThat(result.valid()).isTrue();
        assertThat(result.rows().getFirst().comment()).isEqualTo("Ferie; lite folk, sa \"Kari\"\nog mer");
        assertThat(result.rows()).extracting(Row::line).containsExactly(1, 3);
    }

    @Test
    void bad_date_bad_number_and_missing_value_are_each_named_with_their_line() {
        Result result = csv("dato;verdi\n01.02.2026;5\n31.02.2026;6\n01.04.2026;12,3,4\n01.05.2026;\n;7\n01.06.2026;abc\n", NB);

        assertThat(result.valid()).isFalse();
        assertThat(result.drafts()).hasSize(1);
        assertThat(result.problems()).containsExactly(
                new RowProblem(3, "benefits.file.badDate", "31.02.2026"),
                new RowProblem(4, "benefits.file.badValue", "12,3,4"),
                new RowProblem(5, "benefits.file.noValue"),
                new RowProblem(6, "benefits.file.noDate"),
                new RowProblem(7, "benefits.file.badValue", "abc"));
        assertThat(result.rows().get(1).date()).as("the preview shows the row as written").isEqualTo("31.02.2026");
    }

    @Test
    void numbers_are_read_the_way_the_ui_language_writes_them() {
        assertThat(csv("01.02.2026;1 234,5\n", NN).drafts().getFirst().value()).isEqualByComparingTo("1234.5");
        assertThat(csv("01.02.2026;1\u00a0234,5\n", NB).drafts().getFirst().value()).isEqualByComparingTo("1234.5");
        assertThat(csv("01.02.2026;1,234.5\n", Locale.ENGLISH).drafts().getFirst().value()).isEqualByComparingTo("1234.5");
        assertThat(csv("01.02.2026;1,234.5\n", NB).problems()).extracting(RowProblem::messageKey)
                .containsExactly("benefits.file.badValue");
        assertThat(csv("01.02.2026;1e309\n", Locale.ENGLISH).problems()).extracting(RowProblem::messageKey)
                .containsExactly("benefits.file.badValue");
    }

    @Test
    void an_english_file_may_use_commas_and_quotes_numbers_with_thousands() {
        Result result = csv("date,value,comment\n2026-02-01,\"1,234.5\",fine\n2026-03-01,7,\n", Locale.ENGLISH);

        assertThat(result.valid()).isTrue();
        assertThat(result.drafts()).extracting(MeasurementDraft::value)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("1234.5"), new BigDecimal("7"));
        assertThat(csv("2026-02-01,1,234.5\n", Locale.ENGLISH).problems()).extracting(RowProblem::messageKey)
                .containsExactly("benefits.file.tooManyColumns");
    }

    @Test
    void a_norwegian_file_with_commas_is_told_to_use_semicolons() {
        assertThat(csv("01.02.2026,5\n", NB).problems()).extracting(RowProblem::messageKey)
                .containsExactly("benefits.file.oneColumn");
    }

    @Test
    void an_excel_file_with_typed_dates_and_numbers_and_text_cells_is_read_like_a_csv() throws IOException {
        byte[] xlsx = xlsx(sheet -> {
            sheet.value(0, 0, "Dato");
            sheet.value(0, 1, "Verdi");
            sheet.value(0, 2, "Kommentar");
            sheet.value(1, 0, LocalDate.of(2026, 2, 1));
            sheet.style(1, 0).format("dd.mm.yyyy").set();
            sheet.value(1, 1, 12.3);
            sheet.value(1, 2, "Fra Excel");
            sheet.value(2, 0, "01.03.2026");
            sheet.value(2, 1, "1 234,5");
            sheet.value(4, 0, "2026-04-01");
            sheet.value(4, 1, "mye");
        });

        Result result = MeasurementFile.parse(xlsx, "Målinger.XLSX", NB);

        assertThat(result.rows()).extracting(Row::line).containsExactly(2, 3, 5);
        assertThat(result.rows().get(0).draft())
                .isEqualTo(new MeasurementDraft(LocalDate.of(2026, 2, 1), new BigDecimal("12.3"), "Fra Excel"));
        assertThat(result.rows().get(0).date()).isEqualTo("01.02.2026");
        assertThat(result.rows().get(1).draft().value()).isEqualByComparingTo("1234.5");
        assertThat(result.problems()).containsExactly(new RowProblem(5, "benefits.file.badValue", "mye"));
    }

    @Test
    void a_file_over_one_megabyte_is_refused_with_the_limit_in_the_message() {
        byte[] big = new byte[MeasurementFile.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');

        DomainException e = catchThrowableOfType(DomainException.class,
                () -> MeasurementFile.parse(new java.io.ByteArrayInputStream(big), "stor.csv", NB));

        assertThat(e.messageKey()).isEqualTo("benefits.file.tooLarge");
        assertThat(e.args()).containsExactly("stor.csv", 1);
        assertThat(e.field()).isEqualTo("file");
    }

    @Test
    void a_file_with_more_than_five_thousand_rows_is_refused_but_five_thousand_are_fine() {
        assertThat(csv(rows(5000), NB).rows()).hasSize(5000);

        DomainException e = catchThrowableOfType(DomainException.class, () -> csv(rows(5001), NB));

        assertThat(e.messageKey()).isEqualTo("benefits.file.tooManyRows");
        assertThat(e.args()).containsExactly("målinger.csv", 5000);
    }

    @Test
    void other_file_types_text_in_another_encoding_and_broken_workbooks_get_a_clear_message() {
        assertThat(refusal("rapport.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("benefits.file.wrongType");
        assertThat(refusal("gammel.csv", "01.02.2026;5;Bra f\u00f8rste".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo("benefits.file.notUtf8");
        assertThat(refusal("falsk.xlsx", "dato;verdi".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("benefits.file.unreadable");
        assertThat(refusal("halv.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0})).isEqualTo("benefits.file.unreadable");
        assertThat(refusal("tom.csv", "dato;verdi;kommentar\n\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("benefits.file.empty");
        assertThat(refusal("åpen.csv", "01.02.2026;5;\"aldri lukket\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("benefits.file.unreadable");
    }

    private static String refusal(String name, byte[] content) {
        return catchThrowableOfType(DomainException.class, () -> MeasurementFile.parse(content, name, NB)).messageKey();
    }

    private static String rows(int count) {
        StringBuilder csv = new StringBuilder("dato;verdi;kommentar\n");
        for (int i = 0; i < count; i++) {
            csv.append(LocalDate.of(2010, 1, 1).plusDays(i).format(java.time.format.DateTimeFormatter.ISO_DATE))
                    .append(";").append(i).append(";\n");
        }
        return csv.toString();
    }

    static byte[] xlsx(java.util.function.Consumer<Worksheet> fill) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Ledergaloppen", "1.0");
        fill.accept(workbook.newWorksheet("Målinger"));
        workbook.finish();
        return out.toByteArray();
    }
}
