package no.ks.ledergaloppen.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One sheet of an export: a name, column headings and rows of cells (text, numbers, dates or null). */
record ExportTable(String name, List<String> headings, List<List<Object>> rows) {

    ExportTable(String name, String... headings) {
        this(name, List.of(headings), new ArrayList<>());
    }

    void add(Object... cells) {
        if (cells.length != headings.size()) {
            throw new IllegalArgumentException(name + ": " + cells.length + " cells for " + headings.size() + " columns");
        }
        rows.add(Arrays.asList(cells));
    }
}
