package no.ks.ledergaloppen.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.ks.ledergaloppen.assessment.AssessmentDraft;
import no.ks.ledergaloppen.assessment.AssessmentService;
import no.ks.ledergaloppen.assessment.Foundation;
import no.ks.ledergaloppen.base.AppClock;
import no.ks.ledergaloppen.demo.DemoEvent.Comment;
import no.ks.ledergaloppen.demo.DemoEvent.Describe;
import no.ks.ledergaloppen.demo.DemoEvent.Entry;
import no.ks.ledergaloppen.demo.DemoEvent.Move;
import no.ks.ledergaloppen.demo.DemoEvent.Round;
import no.ks.ledergaloppen.demo.DemoEvent.Score;
import no.ks.ledergaloppen.demo.DemoEvent.Story;
import no.ks.ledergaloppen.demo.DemoEvent.Tick;
import no.ks.ledergaloppen.innovationcase.CaseService;
import no.ks.ledergaloppen.innovationcase.CaseSummary;
import no.ks.ledergaloppen.innovationcase.PhaseService;
import no.ks.ledergaloppen.learning.BltService;
import no.ks.ledergaloppen.learning.JournalService;
import no.ks.ledergaloppen.roadmap.RoadmapService;
import no.ks.ledergaloppen.roadmap.StepGuide;
import no.ks.ledergaloppen.security.SystemAuthentication;
import org.springframework.data.domain.Pageable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Tells the demo cases' stories ({@link DemoStories}) along the cohort's timeline: each event runs as of
 * its own moment, made by a member of that municipality's leader group (comments by the facilitator),
 * through the same services as in the app, so that every timestamp, audit row included, is where the
 * story puts it.
 */
@Component
@Profile("demo")
class DemoCases {

    private static final String FACILITATOR = "kari";
    /** The group ticks the rest of a phase's checklist a little before it moves on. */
    private static final Duration TICKS_BEFORE_MOVE = Duration.ofMinutes(20);

    private final CaseService cases;
    private final PhaseService phases;
    private final RoadmapService roadmap;
    private final AssessmentService assessments;
    private final BltService blt;
    private final JournalService journal;
    private final SystemAuthentication system;
    private final AppClock clock;

    DemoCases(CaseService cases, PhaseService phases, RoadmapService roadmap, AssessmentService assessments,
              BltService blt, JournalService journal, SystemAuthentication system, AppClock clock) {
        this.cases = cases;
        this.phases = phases;
        this.roadmap = roadmap;
        this.assessments = assessments;
        this.blt = blt;
        this.journal = journal;
        this.system = system;
        this.clock = clock;
    }

    void seed(DemoCalendar calendar) {
        List<CaseSummary> all = system.runAsSystem(() -> cases.page(Pageable.unpaged()).getContent());
        for (Story story : concat(DemoStories.west(), DemoStories.more())) {
            all.stream().filter(c -> c.cohortName().equals(story.cohort())
                            && c.municipalityName().equals(story.municipality()))
                    .findFirst().ifPresent(c -> tell(c.id(), story, calendar));
        }
    }

    private void tell(long caseId, Story story, DemoCalendar calendar) {
        long[] latestEntry = {0};
        for (DemoEvent event : story.timeline()) {
            Instant at = calendar.at(event.when().gathering(), event.when().days(), event.when().time());
            String who = event instanceof Comment ? FACILITATOR : story.member();
            clock.asOf(at, () -> system.runAs(who, () -> happen(caseId, event, latestEntry)));
        }
    }

    private void happen(long caseId, DemoEvent event, long[] latestEntry) {
        switch (event) {
            case Describe d -> cases.update(caseId, cases.details(caseId).version(), d.fields());
            case Move m -> {
                if (m.tickRest()) {
                    clock.asOf(clock.instant().minus(TICKS_BEFORE_MOVE), () -> unticked(caseId)
                            .forEach(s -> phases.tick(caseId, s.id(), null)));
                }
                phases.move(caseId, m.to(), m.reason(), true);
            }
            case Tick t -> unticked(caseId).stream().findFirst().ifPresent(s -> phases.tick(caseId, s.id(), null));
            case Score s -> assessments.record(caseId, draft(LocalDate.now(clock), s.scores()));
            case Round r -> blt.add(caseId, r.draft());
            case Entry e -> latestEntry[0] = journal.write(caseId, LocalDate.now(clock), e.text(), e.inReport());
            case Comment c -> journal.comment(latestEntry[0], c.text());
        }
    }

    /** The current phase's steps that are not ticked yet, in order. */
    private List<StepGuide> unticked(long caseId) {
        var ticked = phases.ticks(caseId).keySet();
        return roadmap.phase(cases.details(caseId).summary().phase()).steps().stream()
                .filter(s -> !ticked.contains(s.id())).toList();
    }

    private static AssessmentDraft draft(LocalDate on, int[] s) {
        Map<Foundation, Integer> scores = new EnumMap<>(Foundation.class);
        Foundation[] all = Foundation.values();
        for (int i = 0; i < all.length; i++) {
            scores.put(all[i], s[i]);
        }
        return new AssessmentDraft(on, scores, Map.of());
    }

    private static List<Story> concat(List<Story> a, List<Story> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
