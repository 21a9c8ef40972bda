package no.ks.ledergaloppen.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One step of N concurrent sessions: the scenario with open arrivals (timed, every response checked), the heap
 * with the N sessions still open, then the heap of N sessions on the trivial view, on the case workspace, and
 * on the dashboard. Every phase logs its sessions out before the next.
 */
final class Steps {

    private static final Duration SCENARIO_LIMIT = Duration.ofMinutes(4);

    private final AppUnderTest app;
    private final LoadUsers users;
    private final Scenario scenario;
    private final int arrivalSeconds;
    private final boolean ratios;
    private final boolean histograms;
    private final boolean failover;

    Steps(AppUnderTest app, LoadUsers users, Scenario scenario, int arrivalSeconds, boolean ratios, boolean histograms,
            boolean failover) {
        this.app = app;
        this.users = users;
        this.scenario = scenario;
        this.arrivalSeconds = arrivalSeconds;
        this.ratios = ratios;
        this.histograms = histograms;
        this.failover = failover;
    }

    /**
     * The data set may still be generated after the login page answers: wait until a user can log in. Failed logins
     * are throttled (5 per username, 50 per address in 15 minutes), so each try is another user, with growing gaps.
     */
    void awaitUsers() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        long gapMs = 2000;
        for (int attempt = 0; ; attempt++) {
            String username = users.participantNo(attempt * 13);
            try {
                new VaadinUser(app.url(), new Stats()).login(username, users.password());
                return;
            } catch (LoadError e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot log in as " + username + ": " + e.getMessage());
                }
                Thread.sleep(gapMs);
                gapMs = Math.min(30_000, gapMs * 2);
            }
        }
    }

    void run(int n) throws InterruptedException {
        Stats stats = new Stats();
        long heap0 = app.liveHeap();
        long cpu0 = app.cpuNanos();
        List<VaadinUser> open = scenario(n, stats);
        long cpu1 = app.cpuNanos();
        long heap1 = app.liveHeap();
        logout(open);
        double kb = perSession(heap0, heap1, n);
        double baseline = heapOf("trivial view", n, i -> Scenario.only(i.user(), users.participantNo(i.n()), users.password(), Scenario.TRIVIAL));
        String extra = "";
        if (ratios) {
            double workspace = heapOf("workspace", n, i -> Scenario.workspace(i.user(), users.participantNo(i.n()), users.password()));
            double dashboard = heapOf("dashboard", n, i -> Scenario.only(i.user(), users.facilitatorNo(i.n()), users.password(), "dashboard"));
            extra = String.format(Locale.ROOT, " workspace_kb=%.0f workspace_ratio=%.2f dashboard_kb=%.0f dashboard_ratio=%.2f",
                    workspace, workspace / baseline, dashboard, dashboard / baseline);
        }
        String cpu = cpu0 < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", (cpu1 - cpu0) / 1e6 / Math.max(1, stats.requests()));
        System.out.printf(Locale.ROOT, "bench sessions=%d p50_ms=%s p95_ms=%s p99_ms=%s errors=%d kb_per_session=%s baseline_kb=%s"
                        + " cpu_ms_per_action=%s%s%n", n, stats.ms(50), stats.ms(95), stats.ms(99), stats.errors(), kb(kb),
                kb(baseline), cpu, extra);
        System.out.printf(Locale.ROOT, "load: sessions=%d p50_ms by action: %s; p95_ms: %s%n", n, stats.msByAction(50),
                stats.msByAction(95));
        if (!stats.lostKinds().isEmpty()) {
            System.out.printf(Locale.ROOT, "load: sessions=%d lost with their node, what their next request got: %s%n", n,
                    stats.lostKinds());
        }
        System.out.printf(Locale.ROOT, "load: sessions=%d requests=%d %s%s%n", n, stats.requests(), stats.actions(),
                stats.samples().isEmpty() ? "" : " errors by kind: " + stats.errorKinds() + "; first: "
                        + String.join(" | ", stats.samples()));
    }

    /** N virtual users arriving at random (exponential gaps, mean arrival window / N), each running its scenario. */
    private List<VaadinUser> scenario(int n, Stats stats) throws InterruptedException {
        List<VaadinUser> open = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        double meanGapMs = arrivalSeconds * 1000.0 / n;
        for (int i = 0; i < n; i++) {
            VaadinUser u = new VaadinUser(app.url(), stats);
            open.add(u);
            int no = i;
            threads.add(Thread.ofVirtual().name("vu-" + i).start(() -> act(u, no, stats)));
            Thread.sleep((long) (-meanGapMs * Math.log(1 - ThreadLocalRandom.current().nextDouble())));
        }
        long deadline = System.nanoTime() + SCENARIO_LIMIT.toNanos();
        for (Thread t : threads) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !t.join(Duration.ofNanos(left))) {
                t.interrupt();
                stats.error(t.getName() + " not done within " + SCENARIO_LIMIT);
            }
        }
        return open;
    }

    private void act(VaadinUser u, int i, Stats stats) {
        String username = users.user(i);
        try {
            if (users.facilitator(i)) {
                scenario.facilitator(u, username, users.password());
            } else {
                scenario.participant(u, username, users.password());
            }
        } catch (LoadError e) {
            if (failover && !u.nodeAtLogin().isEmpty()) {
                failover(u, username, e, stats);
            } else {
                stats.error(username + ": " + e.getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * An error behind HAProxy (load.failover): the user logs in again. When that lands on another node than the
     * one they were on, their node went away and the error was the expected end of the session (counted as
     * "lost on node-N", and the draft typed last checked); on the same node it was a real error.
     */
    private void failover(VaadinUser u, String username, LoadError e, Stats stats) {
        String was = u.nodeAtLogin();
        try {
            boolean draft = scenario.recover(u, username, users.password());
            if (u.nodeAtLogin().equals(was)) {
                stats.error("[" + was + "] " + username + ": " + e.getMessage());
                return;
            }
            stats.did("lost-on-" + was);
            stats.lost(e.getMessage());
            stats.did("logged-in-again-on-" + u.nodeAtLogin());
            if (draft) {
                stats.did("draft-kept");
            }
        } catch (LoadError again) {
            stats.error("[" + was + "] " + username + ": " + e.getMessage() + "; logging in again: " + again.getMessage());
        }
    }

    interface Opening {
        void open(Numbered user) throws LoadError;
    }

    record Numbered(VaadinUser user, int n) {
    }

    /**
     * KB per session of N sessions opened by {@code opening} (8 at a time, no thinking), then logged out; with
     * load.histo the classes that grew most, per session. The same N sessions are opened and logged out once
     * before: what the first visits leave behind for everyone (the embedded H2's page cache holds the rows they
     * read, in the same heap; compiled queries; templates) is not a session's.
     */
    private double heapOf(String page, int n, Opening opening) throws InterruptedException {
        logout(open(n, opening, new Stats()));
        long before = app.liveHeap();
        Histogram classesBefore = histogram();
        Stats stats = new Stats();
        List<VaadinUser> open = open(n, opening, stats);
        long after = app.liveHeap();
        Histogram classesAfter = histogram();
        logout(open);
        if (classesAfter != null) {
            System.out.printf("load: %s, %d sessions, what grew per session:%n  %s%n", page, n,
                    String.join("\n  ", classesAfter.grownSince(classesBefore, n, 25)));
        }
        if (stats.errors() > 0) {
            System.out.println("load: heap phase errors " + stats.errors() + ": " + String.join(" | ", stats.samples()));
        }
        return perSession(before, after, n);
    }

    private List<VaadinUser> open(int n, Opening opening, Stats stats) throws InterruptedException {
        List<VaadinUser> open = new ArrayList<>();
        Semaphore slots = new Semaphore(8);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            VaadinUser u = new VaadinUser(app.url(), stats);
            open.add(u);
            int no = i;
            slots.acquire();
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    opening.open(new Numbered(u, no));
                } catch (LoadError e) {
                    stats.error(e.getMessage());
                } finally {
                    slots.release();
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return open;
    }

    private Histogram histogram() {
        try {
            return histograms ? app.histogram() : null;
        } catch (java.io.IOException e) {
            System.out.println("load: " + e.getMessage());
            return null;
        }
    }

    private void logout(List<VaadinUser> open) throws InterruptedException {
        ConcurrentLinkedQueue<VaadinUser> queue = new ConcurrentLinkedQueue<>(open);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                for (VaadinUser u; (u = queue.poll()) != null; ) {
                    try {
                        u.logout();
                    } catch (LoadError ignored) {
                        // a session that never logged in has nothing to end
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    private static double perSession(long before, long after, int n) {
        return before < 0 ? Double.NaN : (after - before) / 1024.0 / n;
    }

    private static String kb(double kb) {
        return Double.isNaN(kb) ? "n/a" : String.format(Locale.ROOT, "%.0f", kb);
    }
}
