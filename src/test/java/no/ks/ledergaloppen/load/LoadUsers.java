package no.ks.ledergaloppen.load;

import java.util.List;

/**
 * Who the virtual users log in as. {@code loaddata} (the generated data set): participants {@code p-C-M-P}
 * spread over the cohorts first, facilitators {@code f-C}, password {@code galopp-last}. {@code demo}: the demo
 * users, password {@code galopp-demo} (many sessions per user).
 */
record LoadUsers(boolean demo, int cohorts) {

    private static final List<String> DEMO_PARTICIPANTS =
            List.of("ola", "marte", "per", "sigrid", "knut", "lars", "hilde", "arne", "solveig", "tor", "eva", "ingrid");
    private static final List<String> DEMO_FACILITATORS = List.of("kari", "jon");

    String password() {
        return demo ? "galopp-demo" : "galopp-last";
    }

    /** Virtual user {@code i} of a step: every tenth a facilitator. */
    boolean facilitator(int i) {
        return i % 10 == 9;
    }

    String user(int i) {
        return facilitator(i) ? facilitatorNo(i / 10) : participantNo(i - i / 10);
    }

    /** The {@code n}th participant (0-based): cohort first, so that many cohorts and cases are busy. */
    String participantNo(int n) {
        if (demo) {
            return DEMO_PARTICIPANTS.get(n % DEMO_PARTICIPANTS.size());
        }
        int c = n % cohorts + 1;
        int m = n / cohorts % 8 + 1;
        int p = n / (cohorts * 8) % 5 + 1;
        return "p-" + c + "-" + m + "-" + p;
    }

    String facilitatorNo(int n) {
        return demo ? DEMO_FACILITATORS.get(n % DEMO_FACILITATORS.size()) : "f-" + (n % cohorts + 1);
    }
}
