package no.ks.ledergaloppen.shell;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import no.ks.ledergaloppen.security.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads {@code vaadin-i18n/translations*.properties}. Unlike Vaadin's default provider it never falls
 * back to the server's own locale: anything not nynorsk or English is bokmål, whatever the JVM's
 * default language is.
 */
@Component
class Translations implements I18NProvider {

    private static final Logger LOG = LoggerFactory.getLogger(Translations.class);
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale target = Language.of(locale).locale();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, target, Translations.class.getClassLoader(), NO_FALLBACK);
        String value;
        try {
            value = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("Missing translation '{}' for {}", key, target);
            return "!" + key;
        }
        return params.length == 0 ? value : new MessageFormat(value, target).format(params);
    }
}
