package no.ks.ledergaloppen.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Bokmål, nynorsk and English carry the same keys, and every key the code asks for exists. */
class TranslationsTest {

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void all_three_languages_have_the_same_keys() throws IOException {
        Set<Object> nb = load("translations.properties").keySet();
        for (String other : new String[] {"translations_nn.properties", "translations_en.properties"}) {
            Set<Object> keys = load(other).keySet();
            assertThat(new TreeSet<>(keys)).as("keys in %s", other).isEqualTo(new TreeSet<>(nb));
        }
    }

    @Test
    void no_translation_is_empty() throws IOException {
        for (String file : new String[] {"translations.properties", "translations_nn.properties",
                "translations_en.properties"}) {
            load(file).forEach((k, v) -> assertThat(v.toString()).as("%s in %s", k, file).isNotBlank());
        }
    }

    @Test
    void every_literal_key_used_in_the_code_exists() throws IOException {
        Properties nb = load("translations.properties");
        Pattern call = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"|DomainException(?:\\.of)?\\("
                + "(?:(?:\"[^\"]*\"(?:\\s*\\+\\s*[^,]+)?|null)\\s*,\\s*)?\"([a-z][^\"]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    boolean known = key.endsWith(".")
                            ? nb.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                            : nb.containsKey(key);
                    if (!known) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
