package no.ks.ledergaloppen.benefits;

import java.util.List;

/**
 * A case's benefits as its benefits page and report show them. {@code tooManyIndicators} is true when
 * more than {@link #ADVISED_ACTIVE_INDICATORS} indicators are active: a friendly warning, never a block.
 */
public record BenefitsOverview(long caseId, boolean canEdit, List<BenefitView> benefits, int activeIndicators) {

    /** The roadmap's tip: few and simple result indicators. */
    public static final int ADVISED_ACTIVE_INDICATORS = 5;

    public boolean tooManyIndicators() {
        return activeIndicators > ADVISED_ACTIVE_INDICATORS;
    }
}
