package no.ks.ledergaloppen.innovationcase;

import no.ks.ledergaloppen.assessment.Assessment;
import no.ks.ledergaloppen.benefits.BenefitsStatus;

/**
 * A case in the portfolio: where it stands, how many whole days it has been in its phase, its latest
 * five-foundations assessment ({@code null} when never assessed) and its benefits in one line.
 */
public record PortfolioRow(CaseSummary summary, long daysInPhase, Assessment foundations, BenefitsStatus benefits) {

    public long id() {
        return summary.id();
    }
}
