package no.ks.ledergaloppen.dashboard;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What makes a facilitator look at a municipality before the next gathering. */
public enum Flag {
    /** Nothing has happened to the case (or its answers) for the cohort's number of days. */
    STALLED,
    /** A foundation scored zero in the latest five-foundations assessment: the whole product is zero. */
    ZERO_FOUNDATION,
    /** An assignment is past its due date and not handed in. */
    OVERDUE,
    /** Still in Anchoring or Insight after the cohort's second gathering. */
    EARLY_PHASE,
    /** An active benefit indicator of the case is behind its plan by its latest measurement. */
    BENEFIT_BEHIND;

    /** The flag's name in a URL (?flagg=stalled,zero_foundation). */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Flag> fromParam(String value) {
        return Arrays.stream(values()).filter(f -> f.param().equalsIgnoreCase(value.strip())).findFirst();
    }
}
