package no.ks.ledergaloppen.innovationcase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.ks.ledergaloppen.base.ChangedMeanwhileException;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.Texts;
import no.ks.ledergaloppen.innovationcase.domain.InnovationCase;
import no.ks.ledergaloppen.innovationcase.domain.InnovationCaseRepository;
import no.ks.ledergaloppen.roadmap.Phase;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nytt, nyttig, nyttiggjort: in Operations the leader group records since when and by whom the new practice
 * is in regular use; only then may the case be marked finished. A finished case stays readable and is
 * reopened by its leader group or facilitators. Every change is audited and refused when the case was changed
 * after the caller read it.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CaseCompletionService {

    private final CaseAccess access;
    private final InnovationCaseRepository cases;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;

    CaseCompletionService(CaseAccess access, InnovationCaseRepository cases, CurrentUser currentUser,
                          UserService users, Clock clock) {
        this.access = access;
        this.cases = cases;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CaseCompletion completion(long caseId) {
        return toCompletion(access.readable(caseId));
    }

    /**
     * Records that the new practice is in regular use since {@code since} (not in the future) by {@code by}
     * (units or staff). Only in Operations, and not on a finished case.
     */
    public CaseCompletion recordInUse(long caseId, long version, LocalDate since, String by) {
        InnovationCase c = changeable(caseId, version);
        if (c.getPhase() != Phase.OPERATIONS) {
            throw DomainException.of("case.completion.error.notInOperations");
        }
        if (since == null) {
            throw new DomainException("inUseSince", "validation.required");
        }
        if (since.isAfter(LocalDate.now(clock))) {
            throw new DomainException("inUseSince", "case.completion.error.future");
        }
        String who = Texts.require("inUseBy", by, InnovationCase.IN_USE_BY_MAX);
        c.recordInUse(since, who, clock.instant(), currentUser.id());
        cases.flush();
        access.audit(caseId, "IN_USE", since + ": " + who);
        return toCompletion(c);
    }

    /** Marks the case finished: only in Operations, and only once its new practice is recorded as in use. */
    public CaseCompletion finish(long caseId, long version) {
        InnovationCase c = changeable(caseId, version);
        if (c.getPhase() != Phase.OPERATIONS) {
            throw DomainException.of("case.completion.error.finishOutsideOperations");
        }
        if (c.getInUseSince() == null) {
            throw DomainException.of("case.completion.error.notInUse");
        }
        c.finish(clock.instant(), currentUser.id(), clock.instant(), currentUser.id());
        cases.flush();
        access.audit(caseId, "FINISHED", null);
        return toCompletion(c);
    }

    /** Opens a finished case again (its leader group or the cohort's facilitators). */
    public CaseCompletion reopen(long caseId, long version) {
        InnovationCase c = access.editable(caseId);
        checkVersion(c, version);
        if (!c.isFinished()) {
            throw DomainException.of("case.completion.error.notFinished");
        }
        c.finish(null, null, clock.instant(), currentUser.id());
        cases.flush();
        access.audit(caseId, "REOPENED", null);
        return toCompletion(c);
    }

    private InnovationCase changeable(long caseId, long version) {
        InnovationCase c = access.editable(caseId);
        checkVersion(c, version);
        if (c.isFinished()) {
            throw DomainException.of("case.completion.error.finished");
        }
        return c;
    }

    private void checkVersion(InnovationCase c, long version) {
        if (c.getVersion() != version) {
            throw new ChangedMeanwhileException(null, "case.completion.error.changedMeanwhile",
                    nameOf(c.getUpdatedBy()), c.getUpdatedAt(), clock, null);
        }
    }

    private CaseCompletion toCompletion(InnovationCase c) {
        return new CaseCompletion(c.getId(), c.getVersion(), c.getPhase(), c.getInUseSince(), c.getInUseBy(),
                c.getFinishedAt(), nameOf(c.getFinishedBy()), access.canEdit(c));
    }

    private String nameOf(Long userId) {
        return userId == null ? "" : users.displayNames(List.of(userId)).getOrDefault(userId, "");
    }
}
