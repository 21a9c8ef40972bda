package no.ks.ledergaloppen.innovationcase;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.Texts;
import no.ks.ledergaloppen.innovationcase.domain.InnovationCase;
import no.ks.ledergaloppen.innovationcase.domain.PhaseMove;
import no.ks.ledergaloppen.innovationcase.domain.PhaseMoveRepository;
import no.ks.ledergaloppen.innovationcase.domain.StepTick;
import no.ks.ledergaloppen.innovationcase.domain.StepTickRepository;
import no.ks.ledergaloppen.roadmap.Phase;
import no.ks.ledergaloppen.roadmap.RoadmapService;
import no.ks.ledergaloppen.roadmap.StepGuide;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's way through the roadmap: ticking the steps of its phase, and moving to another phase,
 * forward or back, always with a reason and always kept in the history.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PhaseService {

    private final CaseAccess access;
    private final PhaseMoveRepository moves;
    private final StepTickRepository ticks;
    private final RoadmapService roadmap;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;

    PhaseService(CaseAccess access, PhaseMoveRepository moves, StepTickRepository ticks, RoadmapService roadmap,
                 CurrentUser currentUser, UserService users, Clock clock) {
        this.access = access;
        this.moves = moves;
        this.ticks = ticks;
        this.roadmap = roadmap;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    /** How many steps of the case's current phase are not ticked yet. */
    @Transactional(readOnly = true)
    public int untickedInCurrentPhase(long caseId) {
        return unticked(access.readable(caseId));
    }

    private int unticked(InnovationCase c) {
        Set<Long> done = ticks.findByCaseId(c.getId()).stream().map(StepTick::getStepId).collect(Collectors.toSet());
        return (int) roadmap.phase(c.getPhase()).steps().stream().filter(s -> !done.contains(s.id())).count();
    }

    /**
     * Moves the case to {@code target} with a reason. Moving forward past unticked steps needs
     * {@code confirmedUnticked}; moving back is always allowed (a failed test is normal).
     */
    public void move(long caseId, Phase target, String reason, boolean confirmedUnticked) {
        InnovationCase c = access.editable(caseId);
        if (c.isFinished()) {
            throw new DomainException("target", "case.error.finishedMove");
        }
        if (target == null) {
            throw new DomainException("target", "validation.required");
        }
        if (target == c.getPhase()) {
            throw new DomainException("target", "case.error.samePhase");
        }
        String why = Texts.require("reason", reason, PhaseMove.REASON_MAX);
        if (c.getPhase().isBefore(target) && !confirmedUnticked) {
            int unticked = unticked(c);
            if (unticked > 0) {
                throw new DomainException("target", "case.error.untickedSteps", unticked);
            }
        }
        Phase from = c.getPhase();
        c.moveTo(target, clock.instant(), currentUser.id());
        moves.save(new PhaseMove(caseId, from, target, why, currentUser.id(), clock.instant()));
        access.audit(caseId, "MOVED", from + "->" + target + ": " + why);
    }

    public void tick(long caseId, long stepId, String note) {
        access.editable(caseId);
        StepGuide step = roadmap.step(stepId).orElseThrow(() -> DomainException.of("roadmap.error.stepNotFound"));
        if (ticks.findByCaseIdAndStepId(caseId, stepId).isPresent()) {
            return;
        }
        ticks.save(new StepTick(caseId, stepId, currentUser.id(), clock.instant(),
                Texts.optional("note", note, StepTick.NOTE_MAX)));
        access.audit(caseId, "TICKED", step.phase() + " " + step.position() + ": " + step.title());
    }

    /**
     * Takes a tick away. One statement, not read-then-delete: when two people of the leader group untick the same
     * step at once, the second finds nothing to take away instead of failing on the row the first one deleted.
     */
    public void untick(long caseId, long stepId) {
        access.editable(caseId);
        if (ticks.deleteTick(caseId, stepId) > 0) {
            access.audit(caseId, "UNTICKED", String.valueOf(stepId));
        }
    }

    @Transactional(readOnly = true)
    public Map<Long, StepTickInfo> ticks(long caseId) {
        access.readable(caseId);
        List<StepTick> list = ticks.findByCaseId(caseId);
        Map<Long, String> who = users.displayNames(list.stream().map(StepTick::getTickedBy).toList());
        return list.stream().collect(Collectors.toMap(StepTick::getStepId,
                t -> new StepTickInfo(t.getStepId(), who.get(t.getTickedBy()), t.getTickedAt(), t.getNote())));
    }

    /** Every move, newest first. */
    @Transactional(readOnly = true)
    public List<PhaseMoveInfo> history(long caseId) {
        access.readable(caseId);
        List<PhaseMove> list = moves.findByCaseIdOrderByMovedAtDescIdDesc(caseId);
        Map<Long, String> who = users.displayNames(list.stream().map(PhaseMove::getMovedBy).toList());
        return list.stream().map(m -> new PhaseMoveInfo(m.getFromPhase(), m.getToPhase(), m.getReason(),
                who.get(m.getMovedBy()), m.getMovedAt())).toList();
    }
}
