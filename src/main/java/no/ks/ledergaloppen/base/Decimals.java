package no.ks.ledergaloppen.base;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers as people type and read them in the UI language: {@code 1 234,5} in bokmål and nynorsk (a
 * space, a non-breaking space or a narrow one between thousands), {@code 1,234.5} in English. Anything
 * else (two decimal marks, letters, exponents, {@code NaN}) is refused with a message that shows the
 * expected form, so nothing is guessed.
 */
public final class Decimals {

    /** Digits before the decimal mark; measurements are stored as numeric(19,4). */
    public static final int MAX_INTEGER_DIGITS = 12;
    public static final int MAX_DECIMALS = 4;

    private static final Pattern NORWEGIAN = Pattern.compile("-?(\\d{1,3}([ \\u00A0\\u202F]\\d{3})+|\\d+)(,\\d+)?");
    private static final Pattern ENGLISH = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    private Decimals() {
    }

    /**
     * Reads {@code text} as a number in {@code locale}'s way.
     *
     * @throws DomainException on {@code field}: {@code validation.required} when blank,
     *     {@code validation.number} when it is not a number written that way, {@code validation.number.tooLarge}
     *     or {@code validation.number.decimals} when it does not fit
     */
    public static BigDecimal parse(String field, String text, Locale locale) {
        String cleaned = Texts.clean(text == null ? null : text.replace('\u00A0', ' ').replace('\u202F', ' '));
        if (cleaned == null) {
            throw new DomainException(field, "validation.required");
        }
        cleaned = cleaned.replace('\u2212', '-');
        boolean english = isEnglish(locale);
        if (!(english ? ENGLISH : NORWEGIAN).matcher(cleaned).matches()) {
            throw new DomainException(field, "validation.number");
        }
        String plain = english ? cleaned.replace(",", "")
                : cleaned.replace(" ", "").replace("\u00A0", "").replace("\u202F", "").replace(',', '.');
        BigDecimal value = new BigDecimal(plain);
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new DomainException(field, "validation.number.tooLarge");
        }
        if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new DomainException(field, "validation.number.decimals", MAX_DECIMALS);
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    /** {@code value} written the way {@link #parse} reads it back (bokmål and nynorsk with a non-breaking space). */
    public static String format(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setDecimalSeparator(isEnglish(locale) ? '.' : ',');
        symbols.setGroupingSeparator(isEnglish(locale) ? ',' : '\u00A0');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.####", symbols);
        return format.format(value);
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
