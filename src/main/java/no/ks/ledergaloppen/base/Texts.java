package no.ks.ledergaloppen.base;

import java.util.Locale;

/** Small checks shared by the services' input validation. */
public final class Texts {

    private Texts() {
    }

    /** Trims, and turns blank into null. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static String require(String field, String value, int maxLength) {
        String cleaned = clean(value);
        if (cleaned == null) {
            throw new DomainException(field, "validation.required");
        }
        return limit(field, cleaned, maxLength);
    }

    public static String optional(String field, String value, int maxLength) {
        String cleaned = clean(value);
        return cleaned == null ? null : limit(field, cleaned, maxLength);
    }

    public static String limit(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new DomainException(field, "validation.tooLong", maxLength);
        }
        return value;
    }

    public static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
