package no.ks.ledergaloppen.benefits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.ks.ledergaloppen.benefits.domain.Benefit;
import no.ks.ledergaloppen.benefits.domain.BenefitIndicator;
import no.ks.ledergaloppen.benefits.domain.BenefitMeasurement;

/** Entities into the records the page, the chart and the report read; the status always comes from the plan. */
final class BenefitsViews {

    private BenefitsViews() {
    }

    static BenefitView benefit(Benefit b, List<IndicatorView> indicators) {
        return new BenefitView(b.getId(), b.getVersion(), b.getDescription(), b.getType(), b.getOwnerName(),
                b.getOwnerTitle(), b.getAssumptions(), indicators);
    }

    static IndicatorView indicator(BenefitIndicator i, List<BenefitMeasurement> measurements) {
        IndicatorPlan plan = i.plan();
        List<MeasurementPoint> points = new ArrayList<>();
        measurements.forEach(m -> points.add(point(m, plan)));
        IndicatorStatus status = points.isEmpty() ? IndicatorStatus.NOT_MEASURED : points.getLast().status();
        return new IndicatorView(i.getId(), i.getVersion(), i.getBenefitId(), i.getName(), i.getUnit(), plan,
                i.getFrequency(), i.isActive(), List.copyOf(points), status);
    }

    static MeasurementPoint point(BenefitMeasurement m, IndicatorPlan plan) {
        return new MeasurementPoint(m.getId(), m.getMeasuredOn(), m.getValue(), m.getComment(),
                plan.statusOf(m.getMeasuredOn(), m.getValue()), m.action(), m.getVersion());
    }

    static List<IndicatorView> indicatorsOf(Benefit b, List<BenefitIndicator> all,
                                            Map<Long, List<BenefitMeasurement>> byIndicator) {
        return all.stream().filter(i -> i.getBenefitId() == b.getId())
                .map(i -> indicator(i, byIndicator.getOrDefault(i.getId(), List.of()))).toList();
    }
}
