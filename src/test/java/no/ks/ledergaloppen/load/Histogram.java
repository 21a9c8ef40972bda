package no.ks.ledergaloppen.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live objects by class (the JVM's {@code GC.class_histogram}, read through JMX), and what N sessions added:
 * where a page's heap per session goes ({@code -Dload.histo=true}).
 */
record Histogram(Map<String, long[]> classes) {

    private static final Pattern LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");

    /** Parses the dump: {@code num: instances bytes class-name (module)} per line. */
    static Histogram parse(String dump) {
        Map<String, long[]> classes = new HashMap<>();
        for (String line : dump.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                classes.merge(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        return new Histogram(classes);
    }

    /** The {@code top} classes that grew most from {@code before}, per session: instances and KB. */
    List<String> grownSince(Histogram before, int sessions, int top) {
        List<Map.Entry<String, long[]>> grown = new ArrayList<>();
        classes.forEach((name, now) -> {
            long[] then = before.classes.getOrDefault(name, new long[2]);
            grown.add(Map.entry(name, new long[] {now[0] - then[0], now[1] - then[1]}));
        });
        grown.sort((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]));
        return grown.stream().limit(top).map(e -> String.format(Locale.ROOT, "%8.1f KB %7.1f × %s",
                e.getValue()[1] / 1024.0 / sessions, e.getValue()[0] / (double) sessions, e.getKey())).toList();
    }
}
