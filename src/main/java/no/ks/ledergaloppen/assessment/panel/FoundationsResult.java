package no.ks.ledergaloppen.assessment.panel;

import com.vaadin.flow.component.UI;
import no.ks.ledergaloppen.assessment.Assessment;

/**
 * A case's latest five-foundations result in one line, as the portfolio, the cohort dashboard and the
 * participant's home page write it: "576 (18 %)", naming any foundation at zero, or "Ikke vurdert".
 */
public final class FoundationsResult {

    private FoundationsResult() {
    }

    /** {@code latest} may be null: the case has never been assessed. */
    public static String text(Assessment latest) {
        if (latest == null) {
            return tr("cases.portfolio.foundations.none");
        }
        String result = tr("cases.portfolio.foundations.result", latest.product(), Math.round(latest.percentage()));
        if (latest.zeros().isEmpty()) {
            return result;
        }
        return result + " – " + tr("cases.portfolio.foundations.zero", String.join(", ",
                latest.zeros().stream().map(f -> tr("foundation." + f.name())).toList()));
    }

    private static String tr(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
