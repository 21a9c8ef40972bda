package no.ks.ledergaloppen.innovationcase;

import no.ks.ledergaloppen.assessment.Assessment;

/**
 * A case in the portfolio: where it stands, how many whole days it has been in its phase, and its latest
 * five-foundations assessment ({@code null} when never assessed).
 */
public record PortfolioRow(CaseSummary summary, long daysInPhase, Assessment foundations) {

    public long id() {
        return summary.id();
    }
}
