package no.ks.ledergaloppen.load;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Round trips (microseconds), requests and errors of one step; a few error messages kept as samples. */
final class Stats {

    private final Histogram roundTrips = new ConcurrentHistogram(3);
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final Queue<String> samples = new ConcurrentLinkedQueue<>();
    private final java.util.Map<String, java.util.concurrent.atomic.LongAdder> done = new java.util.concurrent.ConcurrentSkipListMap<>();

    /** A user action completed (login, tick, draft, filter...), counted by kind. */
    void did(String action) {
        done.computeIfAbsent(action, a -> new java.util.concurrent.atomic.LongAdder()).increment();
    }

    /** "login=50 tick=90 ..." */
    String actions() {
        return done.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().sum())
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private final java.util.Map<String, Histogram> byAction = new java.util.concurrent.ConcurrentSkipListMap<>();

    void roundTrip(String action, long nanos) {
        long micros = Math.max(1, nanos / 1000);
        roundTrips.recordValue(micros);
        byAction.computeIfAbsent(action, a -> new ConcurrentHistogram(3)).recordValue(micros);
        requests.incrementAndGet();
    }

    /** "login=… open=… tick=…": the percentile's round trip of each action's requests, in milliseconds. */
    String msByAction(double percentile) {
        return byAction.entrySet().stream().map(e -> e.getKey() + "=" + String.format(java.util.Locale.ROOT, "%.1f",
                e.getValue().getValueAtPercentile(percentile) / 1000.0)).collect(java.util.stream.Collectors.joining(" "));
    }

    private final java.util.Map<String, java.util.concurrent.atomic.LongAdder> kinds = new java.util.concurrent.ConcurrentSkipListMap<>();

    void error(String what) {
        if (errors.incrementAndGet() <= 5) {
            samples.add(what);
        }
        kinds.computeIfAbsent(kind(what), k -> new java.util.concurrent.atomic.LongAdder()).increment();
    }

    /** The error without who and which: user names, numbers and ids, so that alike errors count together. */
    private static String kind(String what) {
        int detail = what.indexOf(" (the answer: ");
        return (detail < 0 ? what : what.substring(0, detail)).replaceAll("p-\\d+-\\d+-\\d+|f-\\d+", "<user>").replaceAll("(?<!node-)\\d+", "N")
                .replaceAll("\\s+", " ").strip();
    }

    /** "12× <user>: timeout … | 3× …", most first. */
    String errorKinds() {
        return kinds.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .limit(6).map(e -> e.getValue().sum() + "× " + e.getKey().substring(0, Math.min(160, e.getKey().length())))
                .collect(java.util.stream.Collectors.joining(" | "));
    }

    private final java.util.Map<String, java.util.concurrent.atomic.LongAdder> lostHow = new java.util.concurrent.ConcurrentSkipListMap<>();

    /** How a session on a node that went away ended (what the user's next request got), counted by kind. */
    void lost(String how) {
        lostHow.computeIfAbsent(kind(how), k -> new java.util.concurrent.atomic.LongAdder()).increment();
    }

    /** "40× uidl refused (…) | 35× …", or "" when no session was lost. */
    String lostKinds() {
        return lostHow.entrySet().stream().map(e -> e.getValue().sum() + "× " + e.getKey())
                .collect(java.util.stream.Collectors.joining(" | "));
    }

    long requests() {
        return requests.get();
    }

    long errors() {
        return errors.get();
    }

    Queue<String> samples() {
        return samples;
    }

    /** The percentile's round trip in milliseconds, one decimal. */
    String ms(double percentile) {
        return roundTrips.getTotalCount() == 0 ? "n/a"
                : String.format(java.util.Locale.ROOT, "%.1f", roundTrips.getValueAtPercentile(percentile) / 1000.0);
    }
}
