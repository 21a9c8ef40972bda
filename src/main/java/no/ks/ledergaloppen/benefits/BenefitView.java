package no.ks.ledergaloppen.benefits;

import java.util.List;

/**
 * A benefit (gevinst) of a case: what it is, its kind, the line manager answerable for it
 * (gevinstansvarlig), the assumptions behind the estimate, and its result indicators.
 */
public record BenefitView(long id, long version, String description, BenefitType type, String ownerName,
                          String ownerTitle, String assumptions, List<IndicatorView> indicators) {
}
