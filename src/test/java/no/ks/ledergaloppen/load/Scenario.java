package no.ks.ledergaloppen.load;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What a virtual user does. The full scenarios think 3–10 s between actions; the heap-only ones open one page
 * and stay. A participant's case id, once found, is remembered for the heap-only workspace sessions.
 */
final class Scenario {

    /** The trivial view of the baseline: the change-password page (three fields and a button, no data). */
    static final String TRIVIAL = "password";

    private static final Map<String, Long> CASES = new ConcurrentHashMap<>();

    private final int thinkMinMs;
    private final int thinkMaxMs;

    Scenario(int thinkMinMs, int thinkMaxMs) {
        this.thinkMinMs = thinkMinMs;
        this.thinkMaxMs = thinkMaxMs;
    }

    /** Home, the portfolio, the case, the steps tab (tick and untick), a due assignment's draft, the benefits tab. */
    void participant(VaadinUser u, String username, String password) throws LoadError, InterruptedException {
        u.login(username, password);
        u.page("");
        String assignment = u.hrefs().stream().filter(h -> h.matches("assignments/\\d+")).findFirst().orElse(null);
        think();
        long caseId = openCase(u, username);
        think();
        u.navigate("cases/" + caseId + "/steps", "link");
        List<String> steps = u.idsMatching("step-\\d+").stream().filter(id -> !readOnly(u, id)).toList();
        if (!steps.isEmpty()) {
            String step = steps.get(ThreadLocalRandom.current().nextInt(steps.size()));
            think();
            u.toggle(step);
            think();
            u.toggle(step);
        }
        if (assignment != null) {
            think();
            u.navigate(assignment, "link");
            if (u.has("answer-body")) {
                think();
                String text = "Utkast fra lasttesten, " + username + ", " + System.currentTimeMillis();
                u.type("answer-body", text);
                u.draft(new VaadinUser.Draft(assignment, text));
            }
        }
        think();
        u.navigate("cases/" + caseId + "/benefits", "link");
    }

    /** The cohort dashboard, then a flag chip pressed (the filter). */
    void facilitator(VaadinUser u, String username, String password) throws LoadError, InterruptedException {
        u.login(username, password);
        u.page("");
        think();
        u.navigate("dashboard", "link");
        List<String> chips = u.idsMatching("filter-(?!all).+");
        if (chips.isEmpty()) {
            throw new LoadError("dashboard of " + username + " shows no flag chips");
        }
        think();
        u.click(chips.get(ThreadLocalRandom.current().nextInt(chips.size())));
    }

    /**
     * After the user's node went away (load.failover): log in again, which HAProxy sends to the other node; the
     * draft typed last must be there as typed; then the home page. True when a draft was checked.
     */
    boolean recover(VaadinUser u, String username, String password) throws LoadError {
        u.login(username, password);
        VaadinUser.Draft typed = u.draft();
        if (typed != null) {
            u.navigate(typed.route(), "link");
            String now = u.has("answer-body") ? u.prop("answer-body", "value").asString("") : "(no answer field)";
            if (!typed.text().equals(now)) {
                throw new LoadError("the draft saved last is not there after logging in again: " + now);
            }
        }
        u.page("");
        return typed != null;
    }

    /** Heap only: log in and open one page, no thinking. */
    static void only(VaadinUser u, String username, String password, String route) throws LoadError {
        u.login(username, password);
        u.page(route);
    }

    /** Heap only: log in, open the trivial view, then (link) the own case's workspace. */
    static void workspace(VaadinUser u, String username, String password) throws LoadError {
        only(u, username, password, TRIVIAL);
        openCase(u, username);
    }

    private static long openCase(VaadinUser u, String username) throws LoadError {
        Long known = CASES.get(username);
        if (known == null) {
            u.navigate("cases", "link");
            List<String> own = u.idsMatching("own-case-\\d+");
            List<String> any = own.isEmpty() ? u.idsMatching("case-link-\\d+") : own;
            if (any.isEmpty()) {
                throw new LoadError(username + " sees no case at /cases (the answer: " + u.lastAnswer + ")");
            }
            known = Long.parseLong(any.getFirst().replaceAll("\\D", ""));
            CASES.put(username, known);
        }
        u.navigate("cases/" + known, "link");
        return known;
    }

    private static boolean readOnly(VaadinUser u, String id) {
        try {
            return u.prop(id, "readonly").asBoolean(false);
        } catch (LoadError e) {
            return true;
        }
    }

    private void think() throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextInt(thinkMinMs, thinkMaxMs + 1));
    }
}
