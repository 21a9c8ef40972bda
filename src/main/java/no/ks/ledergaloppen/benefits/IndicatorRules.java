package no.ks.ledergaloppen.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.ks.ledergaloppen.base.Decimals;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.Texts;
import no.ks.ledergaloppen.benefits.domain.Benefit;
import no.ks.ledergaloppen.benefits.domain.BenefitIndicator;
import no.ks.ledergaloppen.benefits.domain.BenefitMeasurement;

/** Input checks for benefits, indicators and corrective actions, each refusal naming its field. */
final class IndicatorRules {

    private IndicatorRules() {
    }

    static BenefitDraft benefit(BenefitDraft d) {
        return new BenefitDraft(Texts.require("description", d.description(), Benefit.DESCRIPTION_MAX),
                required("type", d.type()),
                Texts.require("ownerName", d.ownerName(), Benefit.OWNER_MAX),
                Texts.require("ownerTitle", d.ownerTitle(), Benefit.OWNER_MAX),
                Texts.optional("assumptions", d.assumptions(), Benefit.ASSUMPTIONS_MAX));
    }

    /** The plan must make sense: a baseline already measured, a later target date, a target the right way off. */
    static IndicatorDraft indicator(IndicatorDraft d, LocalDate today) {
        String name = Texts.require("name", d.name(), BenefitIndicator.NAME_MAX);
        String unit = Texts.require("unit", d.unit(), BenefitIndicator.UNIT_MAX);
        required("direction", d.direction());
        required("baselineValue", d.baselineValue());
        required("baselineDate", d.baselineDate());
        required("targetValue", d.targetValue());
        required("targetDate", d.targetDate());
        required("frequency", d.frequency());
        size("baselineValue", d.baselineValue());
        size("targetValue", d.targetValue());
        if (d.baselineDate().isAfter(today)) {
            throw new DomainException("baselineDate", "benefits.error.baselineInFuture");
        }
        if (!d.targetDate().isAfter(d.baselineDate())) {
            throw new DomainException("targetDate", "benefits.error.targetDateNotAfterBaseline");
        }
        int comparison = d.targetValue().compareTo(d.baselineValue());
        if (comparison == 0) {
            throw new DomainException("targetValue", "benefits.error.targetEqualsBaseline");
        }
        if ((comparison > 0) != (d.direction() == Direction.HIGHER_IS_BETTER)) {
            if (d.direction() == Direction.HIGHER_IS_BETTER) {
                throw new DomainException("targetValue", "benefits.error.targetNotHigher");
            }
            throw new DomainException("targetValue", "benefits.error.targetNotLower");
        }
        return new IndicatorDraft(name, unit, d.direction(), d.baselineValue(), d.baselineDate(), d.targetValue(),
                d.targetDate(), d.frequency());
    }

    static CorrectiveAction action(CorrectiveAction a, LocalDate today) {
        String what = Texts.require("what", a.what(), BenefitMeasurement.ACTION_WHAT_MAX);
        String who = Texts.require("who", a.who(), BenefitMeasurement.ACTION_WHO_MAX);
        required("due", a.due());
        if (a.due().isBefore(today)) {
            throw new DomainException("due", "benefits.error.actionDueInPast");
        }
        return new CorrectiveAction(what, who, a.due());
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new DomainException(field, "validation.required");
        }
        return value;
    }

    /** A number that fits the database's numeric(19,4), as {@link Decimals#parse} requires of typed ones. */
    static void size(String field, BigDecimal value) {
        if (value.precision() - value.scale() > Decimals.MAX_INTEGER_DIGITS) {
            throw new DomainException(field, "validation.number.tooLarge");
        }
        if (value.stripTrailingZeros().scale() > Decimals.MAX_DECIMALS) {
            throw new DomainException(field, "validation.number.decimals", Decimals.MAX_DECIMALS);
        }
    }
}
