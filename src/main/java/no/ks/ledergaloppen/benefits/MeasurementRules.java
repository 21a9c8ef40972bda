package no.ks.ledergaloppen.benefits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.Texts;
import no.ks.ledergaloppen.base.Times;
import no.ks.ledergaloppen.benefits.domain.BenefitIndicator;
import no.ks.ledergaloppen.benefits.domain.BenefitMeasurement;

/**
 * The rules a measurement must keep, for one typed on the page and for every row of an imported file alike:
 * a date and a value, not in the future (today in Oslo, by the injected clock), not before the baseline date,
 * one per date.
 */
final class MeasurementRules {

    private final Clock clock;

    MeasurementRules(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Throws on the first rule {@code draft} breaks; {@code taken} are the dates already saved (or earlier rows). */
    MeasurementDraft checked(BenefitIndicator indicator, MeasurementDraft draft, Set<LocalDate> taken) {
        if (draft.date() == null) {
            throw new DomainException("date", "validation.required");
        }
        if (draft.value() == null) {
            throw new DomainException("value", "validation.required");
        }
        if (draft.date().isAfter(today())) {
            throw new DomainException("date", "benefits.error.measurementInFuture", Times.date(today()));
        }
        if (draft.date().isBefore(indicator.plan().baselineDate())) {
            throw new DomainException("date", "benefits.error.beforeBaseline",
                    Times.date(indicator.plan().baselineDate()));
        }
        if (taken.contains(draft.date())) {
            throw new DomainException("date", "benefits.error.duplicateDate",
                    Times.date(draft.date()));
        }
        IndicatorRules.size("value", draft.value());
        return new MeasurementDraft(draft.date(), draft.value(),
                Texts.optional("comment", draft.comment(), BenefitMeasurement.COMMENT_MAX));
    }

    /** Every row's problems, numbered from 1 in the order given; an empty list when all can be saved. */
    List<RowProblem> check(BenefitIndicator indicator, List<MeasurementDraft> rows, Set<LocalDate> saved) {
        List<RowProblem> problems = new ArrayList<>();
        Map<LocalDate, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            MeasurementDraft row = rows.get(i);
            int line = i + 1;
            Integer earlier = row.date() == null ? null : firstLine.putIfAbsent(row.date(), line);
            if (earlier != null) {
                problems.add(new RowProblem(line, "benefits.error.duplicateInFile",
                        Times.date(row.date()), earlier));
                continue;
            }
            try {
                checked(indicator, row, saved);
            } catch (DomainException e) {
                problems.add(new RowProblem(line, e.messageKey(), e.args()));
            }
        }
        return problems;
    }
}
