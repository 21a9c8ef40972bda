package no.ks.ledergaloppen.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalsTest {

    private static final Locale NB = Locale.forLanguageTag("nb");
    private static final Locale NN = Locale.forLanguageTag("nn");
    private static final Locale EN = Locale.ENGLISH;

    @ParameterizedTest
    @ValueSource(strings = {"1 234,5", "1\u00A0234,5", "1\u202F234,5", "1234,5", " 1 234,50 "})
    void norwegian_numbers_are_read_with_a_decimal_comma_and_spaces_between_thousands(String typed) {
        assertThat(Decimals.parse("value", typed, NB)).isEqualByComparingTo("1234.5");
        assertThat(Decimals.parse("value", typed, NN)).isEqualByComparingTo("1234.5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,234.5", "1234.5", "1,234.50"})
    void english_numbers_are_read_with_a_decimal_point_and_commas_between_thousands(String typed) {
        assertThat(Decimals.parse("value", typed, EN)).isEqualByComparingTo("1234.5");
    }

    @ParameterizedTest
    @CsvSource({"-12,-12", "\u221212,-12", "0,0", "1 000 000,1000000"})
    void negative_numbers_and_whole_numbers_are_read_in_norwegian(String typed, String expected) {
        assertThat(Decimals.parse("value", typed, NB)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,3,4", "abc", "1e309", "NaN", "1.5", "1 23,4", "12,", ",5", "1 234.5", "Infinity", "--1"})
    void anything_else_in_norwegian_is_refused_with_the_number_message(String typed) {
        for (Locale locale : new Locale[] {NB, NN}) {
            assertThatThrownBy(() -> Decimals.parse("value", typed, locale)).isInstanceOfSatisfying(DomainException.class,
                    e -> {
                        assertThat(e.messageKey()).isEqualTo("validation.number");
                        assertThat(e.field()).isEqualTo("value");
                    });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,3,4", "abc", "1e309", "NaN", "1 234,5", "1,23.4", "1.2.3", "12.", "1,234,5"})
    void anything_else_in_english_is_refused_with_the_number_message(String typed) {
        assertThatThrownBy(() -> Decimals.parse("value", typed, EN)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("validation.number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00A0"})
    void an_empty_number_is_required(String typed) {
        assertThatThrownBy(() -> Decimals.parse("value", typed, NB)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("validation.required"));
        assertThatThrownBy(() -> Decimals.parse("value", null, EN)).isInstanceOf(DomainException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"1234567890123;validation.number.tooLarge", "1,23456;validation.number.decimals"})
    void numbers_that_do_not_fit_are_refused(String typed, String key) {
        assertThatThrownBy(() -> Decimals.parse("value", typed, NB)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"1234.5;nb;1\u00A0234,5", "1234.5;en;1,234.5", "-0.25;nn;-0,25", "70;nb;70"})
    void formatted_numbers_read_back_to_the_same_value(String value, String language, String expected) {
        Locale locale = Locale.forLanguageTag(language);
        String written = Decimals.format(new BigDecimal(value), locale);
        assertThat(written).isEqualTo(expected);
        assertThat(Decimals.parse("value", written, locale)).isEqualByComparingTo(value);
    }
}
