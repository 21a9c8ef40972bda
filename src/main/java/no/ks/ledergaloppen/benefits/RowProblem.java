package no.ks.ledergaloppen.benefits;

import java.util.List;

/**
 * Why one row of an import cannot be saved: its line in the file (1-based, as a spreadsheet shows it)
 * and a translation key with its arguments.
 */
public record RowProblem(int line, String messageKey, List<Object> args) {

    public RowProblem(int line, String messageKey, Object... args) {
        this(line, messageKey, List.of(args));
    }
}
