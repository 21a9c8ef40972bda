package no.ks.ledergaloppen.security;

import java.util.Arrays;
import java.util.Locale;

/** The languages the UI speaks. Bokmål is the default and the fallback. */
public enum Language {
    NB(Locale.of("nb", "NO")), NN(Locale.of("nn", "NO")), EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public static Language of(Locale locale) {
        if (locale == null) {
            return NB;
        }
        return Arrays.stream(values())
                .filter(l -> l.locale.getLanguage().equals(locale.getLanguage()))
                .findFirst().orElse(NB);
    }
}
