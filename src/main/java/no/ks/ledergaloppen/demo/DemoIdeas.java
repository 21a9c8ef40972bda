package no.ks.ledergaloppen.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.base.AppClock;
import no.ks.ledergaloppen.ideas.IdeaDraft;
import no.ks.ledergaloppen.ideas.IdeaService;
import no.ks.ledergaloppen.ideas.IdeaState;
import no.ks.ledergaloppen.innovationcase.CaseService;
import no.ks.ledergaloppen.innovationcase.CaseSummary;
import no.ks.ledergaloppen.security.SystemAuthentication;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The idea banks of Pilot i vest: every municipality has a handful of ideas, new, in progress, done and
 * rejected with a reason, supported and commented on by its leader group (and, where the case is shared,
 * by neighbours and the facilitator). One of Haugesund's became a new innovation case. Everything goes
 * through the idea service, each step as of its own moment; Tysvær's ideas are all from before it stalled.
 */
@Component
@Profile("demo")
class DemoIdeas {

    /** Who said what on an idea. */
    record Said(String who, String text) { }

    /** An idea: posted {@code days} after {@code gathering}, supported the next day, triaged two days later. */
    record Planned(String municipality, int gathering, int days, String by, String title, String improves,
                   String helps, List<String> supporters, List<Said> comments, IdeaState state, String triager,
                   String reason) { }

    private final IdeaService ideas;
    private final CaseService cases;
    private final SystemAuthentication system;
    private final AppClock clock;

    DemoIdeas(IdeaService ideas, CaseService cases, SystemAuthentication system, AppClock clock) {
        this.ideas = ideas;
        this.cases = cases;
        this.system = system;
        this.clock = clock;
    }

    void seed(DemoCalendar calendar) {
        Map<String, Long> caseOf = system.runAsSystem(() -> cases.page(Pageable.unpaged()).stream()
                .filter(c -> c.cohortName().equals("Pilot i vest"))
                .collect(Collectors.toMap(CaseSummary::municipalityName, CaseSummary::id, (first, later) -> first)));
        DemoIdeaPlans.ALL.forEach(p -> plant(caseOf.get(p.municipality()), p, calendar));
    }

    private void plant(long caseId, Planned p, DemoCalendar calendar) {
        long id = as(p.by(), calendar.at(p.gathering(), p.days(), "09:40"),
                () -> ideas.post(caseId, new IdeaDraft(p.title(), p.improves(), p.helps())));
        for (int i = 0; i < p.supporters().size(); i++) {
            String who = p.supporters().get(i);
            as(who, calendar.at(p.gathering(), p.days() + 1, "11:" + (10 + 7 * i)), () -> ideas.support(id));
        }
        for (int i = 0; i < p.comments().size(); i++) {
            Said said = p.comments().get(i);
            as(said.who(), calendar.at(p.gathering(), p.days() + 1, (13 + i) + ":25"),
                    () -> ideas.comment(id, said.text()));
        }
        if (p.state() != IdeaState.NEW) {
            as(p.triager(), calendar.at(p.gathering(), p.days() + 3, "15:05"), () -> {
                long version = ideas.details(id).idea().version();
                return p.state() == IdeaState.BECAME_CASE ? ideas.makeCase(id, version)
                        : triage(id, version, p);
            });
        }
    }

    private long triage(long id, long version, Planned p) {
        ideas.triage(id, version, p.state(), p.reason());
        return id;
    }

    private <T> T as(String username, Instant at, Supplier<T> work) {
        @SuppressWarnings("unchecked")
        T[] result = (T[]) new Object[1];
        clock.asOf(at, () -> system.runAs(username, () -> result[0] = work.get()));
        return result[0];
    }
}
