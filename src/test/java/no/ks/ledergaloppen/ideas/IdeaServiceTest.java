package no.ks.ledergaloppen.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.cohort.LeaderGroupService;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import no.ks.ledergaloppen.innovationcase.CaseDetails;
import no.ks.ledergaloppen.innovationcase.CaseService;
import no.ks.ledergaloppen.innovationcase.domain.CaseAuditRepository;
import no.ks.ledergaloppen.roadmap.Phase;
import no.ks.ledergaloppen.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class IdeaServiceTest {

    @Autowired IdeaService ideas;
    @Autowired CaseService cases;
    @Autowired CaseAuditRepository audits;
    @Autowired TestLogin login;
    @Autowired CohortFixture fixture;
    @Autowired UserService users;
    @Autowired LeaderGroupService leaderGroups;

    IdeaFixture f;

    @BeforeEach
    void cohort() {
        f = IdeaFixture.build("ide", fixture, login, users, leaderGroups);
    }

    private long posted(String title) {
        login.as(f.owner());
        return ideas.post(f.ownersCase(), new IdeaDraft(title, "Færre dobbeltregistreringer i turnusen",
                "Sykepleierne på nattevakt"));
    }

    private long count(String title) {
        return ideas.list(IdeaSort.NEWEST, Set.of(), PageRequest.of(0, 50)).stream()
                .filter(i -> i.title().equals(title)).count();
    }

    @Test
    void a_member_posts_an_idea_in_a_few_seconds_and_the_group_sees_it_new_with_no_support() {
        long id = posted("Felles vaktbok på nett");
        login.as(f.colleague());
        IdeaInfo idea = ideas.details(id).idea();
        assertThat(idea.state()).isEqualTo(IdeaState.NEW);
        assertThat(idea.supporters()).isZero();
        assertThat(idea.postedBy()).isEqualTo("Deltaker ide 1");
        assertThat(idea.canTriage()).isTrue();
        assertThat(count("Felles vaktbok på nett")).isEqualTo(1);
    }

    @Test
    void an_idea_without_a_title_or_with_too_long_a_text_is_refused_under_the_field_and_nothing_is_saved() {
        login.as(f.owner());
        assertThatThrownBy(() -> ideas.post(f.ownersCase(), new IdeaDraft("  ", "x", null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("title");
                    assertThat(e.messageKey()).isEqualTo("validation.required");
                });
        assertThatThrownBy(() -> ideas.post(f.ownersCase(), new IdeaDraft("Kort", "x".repeat(1001), null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("improves"));
        assertThat(ideas.list(IdeaSort.NEWEST, Set.of(), PageRequest.of(0, 50)).getTotalElements()).isZero();
    }

    @Test
    void each_person_supports_an_idea_once_a_second_vote_is_refused_and_a_vote_can_be_withdrawn() {
        long id = posted("Digital oppslagstavle");
        login.as(f.colleague());
        assertThat(ideas.support(id)).isEqualTo(1);
        assertThatThrownBy(() -> ideas.support(id)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("ideas.error.alreadySupported"));
        assertThat(ideas.details(id).idea().supporters()).isEqualTo(1);
        assertThat(ideas.details(id).idea().supportedByMe()).isTrue();
        login.as(f.owner());
        assertThat(ideas.support(id)).isEqualTo(2);
        assertThat(ideas.list(IdeaSort.MOST_SUPPORTED, Set.of(), PageRequest.of(0, 5)).getContent().getFirst().id())
                .isEqualTo(id);
        assertThat(ideas.unsupport(id)).isEqualTo(1);
        assertThat(ideas.details(id).idea().supportedByMe()).isFalse();
    }

    @Test
    void the_group_makes_an_idea_an_innovation_case_in_anchoring_and_each_points_to_the_other() {
        long id = posted("Nattlig tilsyn med sensorer");
        long auditsBefore = audits.countByCaseIdAndAction(f.ownersCase(), "IDEA_BECAME_CASE");
        login.as(f.colleague());
        long newCase = ideas.makeCase(id, ideas.details(id).idea().version());

        CaseDetails made = cases.details(newCase);
        assertThat(made.summary().phase()).isEqualTo(Phase.ANCHORING);
        assertThat(made.summary().title()).isEqualTo("Nattlig tilsyn med sensorer");
        assertThat(made.summary().municipalityId()).isEqualTo(f.cohort().municipalityIds().getFirst());
        assertThat(made.summary().cohortId()).isEqualTo(f.cohort().cohortId());
        assertThat(made.fields().needStatement())
                .isEqualTo("Færre dobbeltregistreringer i turnusen\n\nSykepleierne på nattevakt");
        assertThat(ideas.details(id).idea().state()).isEqualTo(IdeaState.BECAME_CASE);
        assertThat(ideas.details(id).idea().newCaseId()).isEqualTo(newCase);
        assertThat(ideas.origin(newCase)).contains(new IdeaOrigin(id, "Nattlig tilsyn med sensorer"));
        assertThat(audits.countByCaseIdAndAction(f.ownersCase(), "IDEA_BECAME_CASE")).isEqualTo(auditsBefore + 1);
        assertThat(audits.countByCaseIdAndAction(newCase, "CREATED")).isEqualTo(1);
        assertThatThrownBy(() -> ideas.makeCase(id, ideas.details(id).idea().version()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("ideas.error.alreadyCase"));
    }

    @Test
    void another_municipality_never_sees_the_ideas_of_a_private_case_but_may_read_support_and_comment_once_it_is_shared() {
        long id = posted("Ringerunde til ensomme eldre");
        login.as(f.neighbour());
        assertThat(count("Ringerunde til ensomme eldre")).isZero();
        for (Runnable refused : java.util.List.<Runnable>of(() -> ideas.details(id), () -> ideas.support(id),
                () -> ideas.comment(id, "Dette vil vi også prøve"))) {
            assertThatThrownBy(refused::run).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("ideas.error.notFound"));
        }
        login.as(f.owner());
        assertThat(ideas.details(id).comments()).isEmpty();
        assertThat(ideas.details(id).idea().supporters()).isZero();

        f.share(true, login, cases);
        login.as(f.neighbour());
        assertThat(count("Ringerunde til ensomme eldre")).isEqualTo(1);
        assertThat(ideas.support(id)).isEqualTo(1);
        ideas.comment(id, "Dette vil vi også prøve");
        IdeaDetails seen = ideas.details(id);
        assertThat(seen.comments()).extracting(IdeaDetails.Comment::text).containsExactly("Dette vil vi også prøve");
        assertThat(seen.idea().canTriage()).isFalse();
        assertThatThrownBy(() -> ideas.triage(id, seen.idea().version(), IdeaState.DONE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ideas.post(f.ownersCase(), new IdeaDraft("Vår idé", null, null)))
                .isInstanceOf(AccessDeniedException.class);

        f.share(false, login, cases);
        login.as(f.neighbour());
        assertThat(count("Ringerunde til ensomme eldre")).isZero();
    }

    @Test
    void the_cohorts_facilitator_sees_supports_and_comments_but_triage_is_the_groups() {
        long id = posted("Felles innkjøp av velferdsteknologi");
        login.as(f.cohort().facilitator());
        assertThat(count("Felles innkjøp av velferdsteknologi")).isEqualTo(1);
        assertThat(ideas.support(id)).isEqualTo(1);
        ideas.comment(id, "Snakk med innkjøpsnettverket i regionen.");
        long version = ideas.details(id).idea().version();
        assertThat(ideas.details(id).idea().canTriage()).isFalse();
        assertThatThrownBy(() -> ideas.triage(id, version, IdeaState.IN_PROGRESS, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ideas.makeCase(id, version)).isInstanceOf(AccessDeniedException.class);
        login.as(f.owner());
        assertThat(ideas.details(id).idea().state()).isEqualTo(IdeaState.NEW);
    }

    @Test
    void a_rejection_without_a_reason_is_refused_under_the_reason_field_and_the_idea_stays_as_it_was() {
        long id = posted("Gratis kaffe i resepsjonen");
        long version = ideas.details(id).idea().version();
        assertThatThrownBy(() -> ideas.triage(id, version, IdeaState.REJECTED, "   "))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.messageKey()).isEqualTo("ideas.error.reasonRequired");
                });
        IdeaInfo unchanged = ideas.details(id).idea();
        assertThat(unchanged.state()).isEqualTo(IdeaState.NEW);
        assertThat(unchanged.version()).isEqualTo(version);

        ideas.triage(id, version, IdeaState.REJECTED, "Ligger utenfor budsjettet i år.");
        IdeaInfo rejected = ideas.details(id).idea();
        assertThat(rejected.state()).isEqualTo(IdeaState.REJECTED);
        assertThat(rejected.reason()).isEqualTo("Ligger utenfor budsjettet i år.");
        assertThat(audits.countByCaseIdAndAction(f.ownersCase(), "IDEA_TRIAGED")).isEqualTo(1);
    }

    @Test
    void triage_from_a_page_read_before_someone_else_triaged_is_refused_as_changed_meanwhile() {
        long id = posted("Skjema på klarspråk");
        long version = ideas.details(id).idea().version();
        login.as(f.colleague());
        ideas.triage(id, version, IdeaState.IN_PROGRESS, null);
        login.as(f.owner());
        assertThatThrownBy(() -> ideas.triage(id, version, IdeaState.DONE, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("ideas.error.changedMeanwhile"));
        assertThat(ideas.details(id).idea().state()).isEqualTo(IdeaState.IN_PROGRESS);
        assertThat(ideas.list(IdeaSort.NEWEST, Set.of(IdeaState.IN_PROGRESS), PageRequest.of(0, 5))
                .getTotalElements()).isEqualTo(1);
        assertThat(ideas.list(IdeaSort.NEWEST, Set.of(IdeaState.DONE), PageRequest.of(0, 5))
                .getTotalElements()).isZero();
    }

    @Test
    void an_empty_comment_is_refused_under_the_field_and_nothing_is_saved() {
        long id = posted("Kortere møter");
        assertThatThrownBy(() -> ideas.comment(id, " ")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.field()).isEqualTo("comment"));
        assertThat(ideas.details(id).comments()).isEmpty();
    }
}
