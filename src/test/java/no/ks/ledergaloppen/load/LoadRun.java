package no.ks.ledergaloppen.load;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The load harness ({@code ./mvnw -Pload verify}): starts the production jar (or drives {@code -Dload.url}), then
 * for each step of concurrent sessions prints one {@code bench sessions=N ...} line (README, "Load harness").
 * Options are system properties: load.sessions, load.duration, load.think, load.url, load.jmx, load.profile,
 * load.users, load.cohorts, load.ratios, load.histo, load.failover, load.jvmArgs.
 */
public final class LoadRun {

    private LoadRun() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sessions = Arrays.stream(prop("load.sessions", "50,200,500").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
        String profile = prop("load.profile", "loaddata");
        boolean demo = prop("load.users", profile.contains("demo") ? "demo" : "loaddata").equals("demo");
        LoadUsers users = new LoadUsers(demo, Integer.parseInt(prop("load.cohorts", "40")));
        String[] think = prop("load.think", "3-10").split("-");
        Scenario scenario = new Scenario(Integer.parseInt(think[0]) * 1000, Integer.parseInt(think[1]) * 1000);
        String url = prop("load.url", "");
        long started = System.nanoTime();
        try (AppUnderTest app = url.isBlank()
                ? AppUnderTest.start(Path.of(args[0]), profile, List.of(prop("load.jvmArgs", "").split("\\s+")).stream()
                        .filter(s -> !s.isBlank()).toList())
                : AppUnderTest.running(url, prop("load.jmx", ""))) {
            Steps steps = new Steps(app, users, scenario, Integer.parseInt(prop("load.duration", "30")),
                    Boolean.parseBoolean(prop("load.ratios", "true")), Boolean.parseBoolean(prop("load.histo", "false")),
                    Boolean.parseBoolean(prop("load.failover", "false")));
            steps.awaitUsers();
            System.out.printf(Locale.ROOT, "load: %s users (%s), think %s s, arrivals over %s s, trivial view /%s%n",
                    demo ? "demo" : "loaddata", users.user(0), prop("load.think", "3-10"), prop("load.duration", "30"),
                    Scenario.TRIVIAL);
            for (int n : sessions) {
                steps.run(n);
            }
        }
        System.out.printf(Locale.ROOT, "load: done in %.0f s%n", (System.nanoTime() - started) / 1e9);
        System.exit(0);
    }

    private static String prop(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
