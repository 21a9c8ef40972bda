package no.ks.ledergaloppen.ideas;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.base.CaseGuard;
import no.ks.ledergaloppen.base.ChangedMeanwhileException;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.Texts;
import no.ks.ledergaloppen.ideas.domain.Idea;
import no.ks.ledergaloppen.ideas.domain.IdeaComment;
import no.ks.ledergaloppen.ideas.domain.IdeaCommentRepository;
import no.ks.ledergaloppen.ideas.domain.IdeaRepository;
import no.ks.ledergaloppen.ideas.domain.IdeaVote;
import no.ks.ledergaloppen.ideas.domain.IdeaVoteRepository;
import no.ks.ledergaloppen.innovationcase.CaseService;
import no.ks.ledergaloppen.innovationcase.CaseSummary;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The idea bank. An idea hangs on one of a municipality's cases and is seen by whoever may read that case:
 * the municipality's own leader group and the cohort's facilitators, and the cohort's other participants
 * only while the case is shared with the cohort. Readers support and comment; only the municipality's own
 * leader group triages, or makes a new innovation case of an idea.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class IdeaService {

    private final IdeaRepository ideas;
    private final IdeaVoteRepository votes;
    private final IdeaCommentRepository comments;
    private final IdeaInfos infos;
    private final CaseService cases;
    private final CaseGuard guard;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;

    IdeaService(IdeaRepository ideas, IdeaVoteRepository votes, IdeaCommentRepository comments, IdeaInfos infos,
                CaseService cases, CaseGuard guard, CurrentUser currentUser, UserService users, Clock clock) {
        this.ideas = ideas;
        this.votes = votes;
        this.comments = comments;
        this.infos = infos;
        this.cases = cases;
        this.guard = guard;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    /** The cases the caller may post ideas under: a participant's own (the oldest, the programme's case, first), a facilitator's cohorts' cases. */
    @Transactional(readOnly = true)
    public List<IdeaCase> postableCases() {
        List<CaseSummary> list = currentUser.isParticipant()
                ? cases.ownCases().stream().sorted(java.util.Comparator.comparingLong(CaseSummary::id)).toList()
                : cases.page(Pageable.unpaged()).getContent();
        return list.stream().map(c -> new IdeaCase(c.id(), c.title(), c.municipalityName(), c.cohortName())).toList();
    }

    /**
     * Posts an idea under a case: for the case's own leader group and the cohort's facilitators. The title
     * is required; what it improves and whom it helps are short and optional.
     */
    public long post(long caseId, IdeaDraft draft) {
        guard.checkCanEdit(caseId);
        String title = Texts.require("title", draft.title(), Idea.TITLE_MAX);
        String improves = Texts.optional("improves", draft.improves(), Idea.TEXT_MAX);
        String helps = Texts.optional("helps", draft.helps(), Idea.TEXT_MAX);
        CaseSummary c = cases.details(caseId).summary();
        return ideas.save(new Idea(caseId, c.cohortId(), c.municipalityId(), title, improves, helps,
                currentUser.id(), clock.instant())).getId();
    }

    /**
     * The ideas the caller may see, in the given states (all when empty), newest or most supported first.
     * Only ideas on cases the caller may read are asked for.
     */
    @Transactional(readOnly = true)
    public Page<IdeaInfo> list(IdeaSort sort, Set<IdeaState> states, Pageable pageable) {
        Map<Long, CaseSummary> readable = readableCases();
        Set<IdeaState> wanted = states == null || states.isEmpty() ? EnumSet.allOf(IdeaState.class) : states;
        if (readable.isEmpty()) {
            return Page.empty(pageable);
        }
        if (sort == IdeaSort.MOST_SUPPORTED) {
            Page<Long> ids = ideas.mostSupported(readable.keySet(), wanted, pageable);
            Map<Long, Idea> byId = ideas.findAllById(ids.getContent()).stream()
                    .collect(Collectors.toMap(Idea::getId, Function.identity()));
            List<Idea> ordered = ids.getContent().stream().map(byId::get).toList();
            return new PageImpl<>(infos.of(ordered, readable), pageable, ids.getTotalElements());
        }
        Page<Idea> page = ideas.findByCaseIdInAndStateInOrderByPostedAtDescIdDesc(readable.keySet(), wanted, pageable);
        return new PageImpl<>(infos.of(page.getContent(), readable), pageable, page.getTotalElements());
    }

    /** One idea with its comments; an idea the caller may not see is not found. */
    @Transactional(readOnly = true)
    public IdeaDetails details(long ideaId) {
        Idea idea = readable(ideaId);
        return infos.details(idea, cases.details(idea.getCaseId()).summary());
    }

    /** The caller supports the idea; a second vote by the same person is refused. Returns the new count. */
    public long support(long ideaId) {
        Idea idea = readable(ideaId);
        if (votes.findByIdeaIdAndUserId(idea.getId(), currentUser.id()).isPresent()) {
            throw DomainException.of("ideas.error.alreadySupported");
        }
        try {
            votes.saveAndFlush(new IdeaVote(idea.getId(), currentUser.id(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // the same person voted twice at once (a double click): the database kept one
            throw DomainException.of("ideas.error.alreadySupported");
        }
        return votes.countByIdeaId(idea.getId());
    }

    /** The caller withdraws their vote. Returns the new count. */
    public long unsupport(long ideaId) {
        Idea idea = readable(ideaId);
        IdeaVote vote = votes.findByIdeaIdAndUserId(idea.getId(), currentUser.id())
                .orElseThrow(() -> DomainException.of("ideas.error.notSupported"));
        votes.delete(vote);
        votes.flush();
        return votes.countByIdeaId(idea.getId());
    }

    /** Anyone who sees the idea comments on it. */
    public long comment(long ideaId, String text) {
        Idea idea = readable(ideaId);
        String body = Texts.require("comment", text, IdeaComment.TEXT_MAX);
        return comments.save(new IdeaComment(idea.getId(), body, currentUser.id(), clock.instant())).getId();
    }

    /**
     * The municipality's leader group makes the idea an everyday improvement in progress, done, or
     * rejected; a rejection needs a reason. Refused if someone changed the idea since {@code version} was read.
     */
    public void triage(long ideaId, long version, IdeaState to, String reason) {
        Idea idea = triageable(ideaId, version, reason);
        if (to == null || !to.isEverydayImprovement()) {
            throw new DomainException("state", "ideas.error.state");
        }
        String why = Texts.optional("reason", reason, Idea.REASON_MAX);
        if (to == IdeaState.REJECTED && why == null) {
            throw new DomainException("reason", "ideas.error.reasonRequired");
        }
        IdeaState from = idea.getState();
        idea.triage(to, why, currentUser.id(), clock.instant());
        ideas.flush();
        guard.audit(idea.getCaseId(), "IDEA_TRIAGED", "idea " + ideaId + ": " + from + " -> " + to);
    }

    /**
     * The leader group makes a new innovation case of the idea: in Anchoring, for the same municipality and
     * cohort, with the idea's title and its text as the first need statement. Both point to each other.
     */
    public long makeCase(long ideaId, long version) {
        Idea idea = triageable(ideaId, version, null);
        long newCaseId = cases.openFromIdea(idea.getCohortId(), idea.getMunicipalityId(), idea.getTitle(),
                needStatementOf(idea));
        idea.becameCase(newCaseId, currentUser.id(), clock.instant());
        ideas.flush();
        guard.audit(idea.getCaseId(), "IDEA_BECAME_CASE", "idea " + ideaId + " -> case " + newCaseId);
        guard.audit(newCaseId, "FROM_IDEA", "idea " + ideaId);
        return newCaseId;
    }

    /** The idea a case was made from, when the caller may see that idea. */
    @Transactional(readOnly = true)
    public Optional<IdeaOrigin> origin(long caseId) {
        return ideas.findFirstByNewCaseId(caseId).filter(i -> readableCases().containsKey(i.getCaseId()))
                .map(i -> new IdeaOrigin(i.getId(), i.getTitle()));
    }

    /** The idea's text as a need statement: what it improves, then whom it helps; the title when both are empty. */
    static String needStatementOf(Idea idea) {
        String text = java.util.stream.Stream.of(idea.getImproves(), idea.getHelps())
                .filter(java.util.Objects::nonNull).collect(Collectors.joining("\n\n"));
        return text.isEmpty() ? idea.getTitle() : text;
    }

    private Idea triageable(long ideaId, long version, String yours) {
        Idea idea = readable(ideaId);
        if (!guard.isOwnLeaderGroup(idea.getCaseId())) {
            throw new AccessDeniedException("only the leader group of case " + idea.getCaseId() + " triages its ideas");
        }
        if (idea.getState() == IdeaState.BECAME_CASE) {
            throw DomainException.of("ideas.error.alreadyCase");
        }
        if (idea.getVersion() != version) {
            throw new ChangedMeanwhileException(null, "ideas.error.changedMeanwhile",
                    users.displayNames(List.of(idea.getUpdatedBy())).get(idea.getUpdatedBy()), idea.getUpdatedAt(),
                    clock, yours);
        }
        return idea;
    }

    /** An idea the caller may not see does not exist for them. */
    private Idea readable(long ideaId) {
        Idea idea = ideas.findById(ideaId).orElseThrow(() -> DomainException.of("ideas.error.notFound"));
        try {
            guard.checkCanRead(idea.getCaseId());
        } catch (DomainException e) {
            throw DomainException.of("ideas.error.notFound");
        }
        return idea;
    }

    /** The active cases the caller may read, by id: the idea bank asks only for ideas on these. */
    private Map<Long, CaseSummary> readableCases() {
        return cases.page(Pageable.unpaged()).stream().collect(Collectors.toMap(CaseSummary::id, Function.identity()));
    }
}
