package no.ks.ledergaloppen.learning;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.ks.ledergaloppen.base.CaseGuard;
import no.ks.ledergaloppen.base.ChangedMeanwhileException;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.Texts;
import no.ks.ledergaloppen.learning.domain.BltRound;
import no.ks.ledergaloppen.learning.domain.BltRoundRepository;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Behov–Løsning–Test rounds of a case. Those who may change the case (its leader group, the cohort's
 * facilitators) record and update rounds; everyone who may read the case reads them.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BltService {

    private final BltRoundRepository rounds;
    private final CaseGuard cases;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;

    BltService(BltRoundRepository rounds, CaseGuard cases, CurrentUser currentUser, UserService users, Clock clock) {
        this.rounds = rounds;
        this.cases = cases;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    /** The case's rounds, newest first. */
    @Transactional(readOnly = true)
    public List<BltRoundInfo> rounds(long caseId) {
        cases.checkCanRead(caseId);
        List<BltRound> list = rounds.findByCaseIdOrderByNumberDesc(caseId);
        Map<Long, String> who = users.displayNames(list.stream()
                .flatMap(r -> Stream.of(r.getCreatedBy(), r.getUpdatedBy())).distinct().toList());
        return list.stream().map(r -> toInfo(r, who)).toList();
    }

    /** Starts a new round, numbered after the case's last one. */
    public BltRoundInfo add(long caseId, BltDraft draft) {
        cases.checkCanEdit(caseId);
        BltRound round = new BltRound(caseId, rounds.lastNumber(caseId) + 1, currentUser.id(), clock.instant());
        describe(round, draft);
        BltRound saved = rounds.saveAndFlush(round);
        cases.audit(caseId, "BLT_ADDED", "#" + saved.getNumber() + " " + saved.getNeed());
        return toInfo(saved, users.displayNames(List.of(currentUser.id())));
    }

    /**
     * Updates a round as it goes on. {@code version} is the version the writer started from: if someone
     * else saved the round meanwhile, nothing is saved and the message says who and when.
     */
    public BltRoundInfo update(long caseId, long roundId, long version, BltDraft draft) {
        cases.checkCanEdit(caseId);
        BltRound round = rounds.findById(roundId).filter(r -> r.getCaseId() == caseId)
                .orElseThrow(() -> DomainException.of("blt.error.notFound"));
        if (round.getVersion() != version) {
            throw new ChangedMeanwhileException(null, "blt.error.changedMeanwhile",
                    users.displayNames(List.of(round.getUpdatedBy())).get(round.getUpdatedBy()), round.getUpdatedAt(),
                    clock, draft);
        }
        Decision before = round.getDecision();
        describe(round, draft);
        rounds.flush();
        cases.audit(caseId, "BLT_UPDATED", "#" + round.getNumber()
                + (before != round.getDecision() ? " decision " + before + " -> " + round.getDecision() : ""));
        return toInfo(round, users.displayNames(List.of(round.getCreatedBy(), round.getUpdatedBy())));
    }

    private void describe(BltRound round, BltDraft draft) {
        String need = Texts.require("need", draft.need(), BltRound.TEXT_MAX);
        String solution = Texts.require("solution", draft.solution(), BltRound.TEXT_MAX);
        String testMethod = Texts.optional("testMethod", draft.testMethod(), BltRound.TEXT_MAX);
        String result = Texts.optional("result", draft.result(), BltRound.TEXT_MAX);
        String learning = Texts.optional("learning", draft.learning(), BltRound.TEXT_MAX);
        if (draft.decision() != null && result == null) {
            throw new DomainException("result", "blt.error.decisionNeedsResult");
        }
        round.describe(draft.phase(), need, solution, testMethod, result, learning, draft.decision(),
                currentUser.id(), clock.instant());
    }

    private static BltRoundInfo toInfo(BltRound r, Map<Long, String> who) {
        return new BltRoundInfo(r.getId(), r.getVersion(), r.getNumber(), r.getPhase(), r.getNeed(), r.getSolution(),
                r.getTestMethod(), r.getResult(), r.getLearning(), r.getDecision(),
                who.getOrDefault(r.getCreatedBy(), ""), r.getCreatedAt(), who.getOrDefault(r.getUpdatedBy(), ""),
                r.getUpdatedAt());
    }
}
