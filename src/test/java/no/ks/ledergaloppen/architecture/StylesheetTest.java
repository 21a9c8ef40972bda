package no.ks.ledergaloppen.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/**
 * The browser forgives a missing brace silently: every rule after it then ends up nested in the rule
 * before and stops applying (it once hid the assignment tables' phone layout and the case tabs). This
 * reads app.css the way the browser nests it and fails on a rule inside a rule.
 */
class StylesheetTest {

    private static final Path STYLES = Path.of("src/main/resources/META-INF/resources/styles");

    @Test
    void no_stylesheet_takes_the_keyboard_focus_ring_away() throws IOException {
        try (var files = Files.list(STYLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".css")).toList()) {
                String css = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "");
                assertThat(css).as(file.getFileName() + ": keyboard users must see where the focus is")
                        .doesNotContainPattern("outline\\s*:\\s*(none|0)\\b")
                        .doesNotContainPattern("outline-(style|width)\\s*:\\s*(none|0)\\b");
            }
        }
    }

    @Test
    void every_rule_in_app_css_is_closed_before_the_next_one_starts() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/META-INF/resources/styles/app.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        Deque<String> open = new ArrayDeque<>();
        int start = 0;
        int line = 1;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                String selector = css.substring(start, i).strip();
                boolean parentIsRule = !open.isEmpty() && !open.peek().startsWith("@");
                assertThat(parentIsRule).as("line %d: '%s' is nested inside '%s' – a closing brace is missing", line,
                        selector, open.peek()).isFalse();
                open.push(selector);
                start = i + 1;
            } else if (c == '}') {
                assertThat(open).as("line %d: a closing brace too many", line).isNotEmpty();
                open.pop();
                start = i + 1;
            } else if (c == ';' && (open.isEmpty() || !open.peek().startsWith("@"))) {
                start = i + 1;
            }
        }
        assertThat(open).as("rules left open at the end of app.css").isEmpty();
    }
}
