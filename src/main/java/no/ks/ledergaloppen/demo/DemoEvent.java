package no.ks.ledergaloppen.demo;

import java.util.List;
import no.ks.ledergaloppen.innovationcase.CaseFields;
import no.ks.ledergaloppen.learning.BltDraft;
import no.ks.ledergaloppen.roadmap.Phase;

/** One thing that happened to a demo case, and when; a case's story is a list of these, oldest first. */
sealed interface DemoEvent {

    When when();

    /** Some days after a west gathering (0: the seeding day, days counted back), at a clock time in Oslo. */
    record When(int gathering, int days, String time) { }

    /** A case told by one member of its leader group (the facilitator writes the comments). */
    record Story(String cohort, String municipality, String member, List<DemoEvent> timeline) { }

    record Describe(When when, CaseFields fields) implements DemoEvent { }

    /** A move with its reason; moving forward, the group may first tick the rest of the phase's checklist. */
    record Move(When when, Phase to, String reason, boolean tickRest) implements DemoEvent { }

    /** Ticks the first step of the current phase that is not ticked yet. */
    record Tick(When when) implements DemoEvent { }

    /** A five-foundations assessment dated that day: need, solution value, driver, team, anchoring. */
    record Score(When when, int... scores) implements DemoEvent { }

    record Round(When when, BltDraft draft) implements DemoEvent { }

    /** A journal entry; {@code inReport} when the leader group takes it into the case report. */
    record Entry(When when, String text, boolean inReport) implements DemoEvent {
        Entry(When when, String text) {
            this(when, text, false);
        }
    }

    /** The facilitator's comment on the case's latest journal entry. */
    record Comment(When when, String text) implements DemoEvent { }

    static When on(int gathering, int days, String time) {
        return new When(gathering, days, time);
    }
}
