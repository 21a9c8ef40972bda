package no.ks.ledergaloppen.assessment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One scoring of the five foundations, with the product rule worked out. */
public record Assessment(long id, LocalDate assessedOn, String assessedBy, Map<Foundation, Integer> scores,
                         Map<Foundation, String> comments) {

    public static final int MAX_PRODUCT = 3125;

    public Assessment {
        scores = new EnumMap<>(scores);
        comments = comments.isEmpty() ? new EnumMap<>(Foundation.class) : new EnumMap<>(comments);
    }

    /** Need × solution value × driver × team × anchoring: 0 to 3125. */
    public int product() {
        return scores.values().stream().reduce(1, (a, b) -> a * b);
    }

    /** The product as a share of the best possible, 0 to 100. */
    public double percentage() {
        return product() * 100.0 / MAX_PRODUCT;
    }

    /** The foundations scored zero: each one alone sinks the case. */
    public List<Foundation> zeros() {
        return Arrays.stream(Foundation.values()).filter(f -> scores.get(f) == 0).toList();
    }
}
