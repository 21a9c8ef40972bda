package no.ks.ledergaloppen.benefits.panel;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.ks.ledergaloppen.benefits.MeasurementDraft;
import no.ks.ledergaloppen.benefits.MeasurementFile;
import no.ks.ledergaloppen.benefits.RowProblem;

/**
 * What the import dialog previews: every row of the file with the file's own problems and those the service
 * finds in the readable rows (numbered by their place among the drafts given to it, mapped back to the line
 * in the file), the bad rows first.
 */
record ImportPreview(List<Line> lines, List<MeasurementDraft> drafts) {

    /** One row of the preview; {@code problem} is null when the row is ready to be saved. */
    record Line(int line, String date, String value, String comment, String problem) {

        boolean ok() {
            return problem == null;
        }
    }

    static ImportPreview of(MeasurementFile.Result file, Function<List<MeasurementDraft>, List<RowProblem>> check,
                            Component translator) {
        List<MeasurementFile.Row> readable = file.rows().stream().filter(MeasurementFile.Row::ok).toList();
        List<MeasurementDraft> drafts = readable.stream().map(MeasurementFile.Row::draft).toList();
        Map<Integer, List<String>> problems = new LinkedHashMap<>();
        file.problems().forEach(p -> add(problems, p.line(), p, translator));
        if (!drafts.isEmpty()) {
            for (RowProblem p : check.apply(drafts)) {
                int index = p.line() - 1;
                add(problems, index >= 0 && index < readable.size() ? readable.get(index).line() : p.line(), p, translator);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (MeasurementFile.Row r : file.rows()) {
            List<String> why = problems.get(r.line());
            lines.add(new Line(r.line(), r.date(), r.value(), r.comment(), why == null ? null : String.join(" ", why)));
        }
        lines.sort(Comparator.comparing(Line::ok).thenComparing(Line::line));
        return new ImportPreview(lines, drafts);
    }

    private static void add(Map<Integer, List<String>> problems, int line, RowProblem p, Component translator) {
        problems.computeIfAbsent(line, l -> new ArrayList<>())
                .add(translator.getTranslation(p.messageKey(), p.args().toArray()));
    }

    long ready() {
        return lines.stream().filter(Line::ok).count();
    }

    long bad() {
        return lines.size() - ready();
    }

    /** Saving is possible only when every row of the file is ready. */
    boolean valid() {
        return !lines.isEmpty() && bad() == 0;
    }
}
