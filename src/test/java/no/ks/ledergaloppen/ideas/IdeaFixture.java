package no.ks.ledergaloppen.ideas;

import java.util.List;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.cohort.LeaderGroupService;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import no.ks.ledergaloppen.innovationcase.CaseFields;
import no.ks.ledergaloppen.innovationcase.CaseService;
import no.ks.ledergaloppen.innovationcase.Visibility;
import no.ks.ledergaloppen.security.Language;
import no.ks.ledergaloppen.security.Role;
import no.ks.ledergaloppen.security.UserDraft;
import no.ks.ledergaloppen.security.UserService;

/**
 * A cohort of its own for the idea bank's rules: two municipalities, the first with a second leader-group
 * member ({@link #colleague}), built through the services; nothing from the demo data.
 */
record IdeaFixture(CohortFixture.Built cohort, String colleague) {

    static IdeaFixture build(String tag, CohortFixture fixture, TestLogin login, UserService users,
                             LeaderGroupService leaderGroups) {
        CohortFixture.Built b = fixture.cohort(tag, 2, List.of());
        login.as("admin");
        String colleague = "kollega-" + tag;
        long user = users.createWithPassword(new UserDraft(colleague, "Kollega " + tag, colleague + "@test.no",
                Role.PARTICIPANT, Language.NB), "fixture-passord-123").id();
        leaderGroups.addMember(b.cohortId(), b.municipalityIds().getFirst(), user, "Kommunalsjef");
        login.logout();
        return new IdeaFixture(b, colleague);
    }

    /** The participant of the first municipality, whose case the ideas hang on. */
    String owner() {
        return cohort.participants().get(0);
    }

    /** The participant of the second municipality. */
    String neighbour() {
        return cohort.participants().get(1);
    }

    long ownersCase() {
        return cohort.caseIds().get(0);
    }

    /** The first municipality shares its case with the cohort (or takes it back). */
    void share(boolean shared, TestLogin login, CaseService cases) {
        login.as(owner());
        var d = cases.details(ownersCase());
        var f = d.fields();
        cases.update(ownersCase(), d.version(), new CaseFields(f.title(), f.needStatement(), f.targetGroup(),
                f.driver(), f.team(), f.anchoring(), shared ? Visibility.COHORT : Visibility.PRIVATE));
    }
}
